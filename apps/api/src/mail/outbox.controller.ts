import { OutboxMailDto, OutboxMailPreview, OutboxPage, PERMISSIONS } from '@datenlotse/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/permission.decorator';
import { OutboxAdminService } from './outbox-admin.service';
import { OutboxActionDto, OutboxQueryDto } from './outbox.dto';

@ApiTags('outbox')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Get()
  @RequirePermission(PERMISSIONS.outboxRead)
  list(@Query() query: OutboxQueryDto): Promise<OutboxPage> {
    return this.outbox.list(query);
  }

  @Get(':id/preview')
  @RequirePermission(PERMISSIONS.outboxRead)
  preview(@Param('id', new ParseUUIDPipe()) id: string): Promise<OutboxMailPreview> {
    return this.outbox.preview(id);
  }

  @Post(':id/resend')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.outboxWrite)
  resend(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: OutboxActionDto,
  ): Promise<OutboxMailDto> {
    return this.outbox.resend(id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.outboxWrite)
  cancel(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: OutboxActionDto,
  ): Promise<OutboxMailDto> {
    return this.outbox.cancel(id, body);
  }
}
