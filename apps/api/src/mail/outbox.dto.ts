import {
  MAIL_TEMPLATE_KEYS,
  MailTemplateKey,
  OUTBOX_STATUSES,
  OutboxQuery,
  OutboxStatus,
} from '@datenlotse/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { PageQueryDto } from '../common/page-query.dto';

export class OutboxQueryDto extends PageQueryDto implements OutboxQuery {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES, { message: `status must be one of ${OUTBOX_STATUSES.join(', ')}` })
  status?: OutboxStatus;

  @ApiPropertyOptional({ enum: MAIL_TEMPLATE_KEYS })
  @IsOptional()
  @IsIn(MAIL_TEMPLATE_KEYS, { message: `templateKey must be one of ${MAIL_TEMPLATE_KEYS.join(', ')}` })
  templateKey?: MailTemplateKey;
}

/**
 * The body of resend and cancel. The status decides whether the action applies (the worker changes a mail's
 * version as it works on it); a client that wants to act only on exactly what it showed sends the version.
 */
export class OutboxActionDto {
  @ApiPropertyOptional({ description: 'The version last read; a stale one answers 409.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
