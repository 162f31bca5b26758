import { ApprovalRequestDto, PERMISSIONS, SessionUser } from '@datenlotse/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { ApprovalQueryDto, CreateApprovalRequestDto, DecideApprovalRequestDto } from './approvals.dto';
import { ApprovalsService } from './approvals.service';

/** The heads' "Freigaben": requests, deciding and withdrawing them. */
@ApiTags('approvals')
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Get()
  @RequirePermission(PERMISSIONS.approvalsRead)
  list(@CurrentUser() user: SessionUser, @Query() query: ApprovalQueryDto): Promise<ApprovalRequestDto[]> {
    return this.approvals.list(user, query);
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.approvalsRead)
  get(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ApprovalRequestDto> {
    return this.approvals.get(user, id);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.approvalsDecide)
  decide(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DecideApprovalRequestDto,
  ): Promise<ApprovalRequestDto> {
    return this.approvals.decide(user, id, body);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.approvalsRequest)
  withdraw(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ApprovalRequestDto> {
    return this.approvals.withdraw(user, id);
  }
}

/** A dataset's approval requests: asking for the release, and the history of asking. */
@ApiTags('approvals')
@Controller('datasets/:id/approval-requests')
export class DatasetApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Get()
  @RequirePermission(PERMISSIONS.approvalsRead)
  history(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ApprovalRequestDto[]> {
    return this.approvals.history(user, id);
  }

  @Post()
  @RequirePermission(PERMISSIONS.approvalsRequest)
  request(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateApprovalRequestDto,
  ): Promise<ApprovalRequestDto> {
    return this.approvals.request(user, id, body);
  }
}
