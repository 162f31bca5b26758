import {
  DeliveryAgreementDto,
  DeliveryAgreementResponse,
  DeliveryDto,
  DueDeliveryRow,
  Page,
  PERMISSIONS,
  SessionUser,
} from '@datenlotse/contracts';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { DeliveryAgreementsService } from './agreements.service';
import {
  CreateDeliveryDto,
  DueDeliveryQueryDto,
  UpdateDeliveryDto,
  UpsertDeliveryAgreementDto,
} from './deliveries.dto';
import { DeliveriesService } from './deliveries.service';
import { DeliveryDueService } from './delivery-due.service';

/** The agreement and the deliveries below a dataset. */
@ApiTags('deliveries')
@Controller('datasets')
export class DatasetDeliveriesController {
  constructor(
    private readonly agreements: DeliveryAgreementsService,
    private readonly deliveries: DeliveriesService,
  ) {}

  @Get(':id/agreement')
  @RequirePermission(PERMISSIONS.deliveriesRead)
  agreement(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<DeliveryAgreementResponse> {
    return this.agreements.get(user, id);
  }

  @Put(':id/agreement')
  @RequirePermission(PERMISSIONS.deliveriesWrite)
  upsertAgreement(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpsertDeliveryAgreementDto,
  ): Promise<DeliveryAgreementDto> {
    return this.agreements.upsert(user, id, body);
  }

  @Get(':id/deliveries')
  @RequirePermission(PERMISSIONS.deliveriesRead)
  list(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<DeliveryDto[]> {
    return this.deliveries.list(user, id);
  }

  @Post(':id/deliveries')
  @RequirePermission(PERMISSIONS.deliveriesWrite)
  create(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateDeliveryDto,
  ): Promise<DeliveryDto> {
    return this.deliveries.create(user, id, body);
  }
}

/** Deliveries across datasets: the due list, and recording a check on one delivery. */
@ApiTags('deliveries')
@Controller('deliveries')
export class DeliveriesController {
  constructor(
    private readonly deliveries: DeliveriesService,
    private readonly due: DeliveryDueService,
  ) {}

  // Declared before `:id`, which would otherwise take "due" for an id.
  @Get('due')
  @RequirePermission(PERMISSIONS.deliveriesRead)
  dueList(
    @CurrentUser() user: SessionUser,
    @Query() query: DueDeliveryQueryDto,
  ): Promise<Page<DueDeliveryRow>> {
    return this.due.page(user, query);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.deliveriesWrite)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateDeliveryDto,
  ): Promise<DeliveryDto> {
    return this.deliveries.update(user, id, body);
  }
}
