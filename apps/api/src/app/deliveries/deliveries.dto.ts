import {
  CreateDeliveryRequest,
  DELIVERY_METHODS,
  DeliveryMethod,
  DeliverySchedule,
  DUE_DELIVERY_FILTERS,
  DueDeliveryFilter,
  DueDeliveryQuery,
  FIELD_ERROR_CODES,
  isIsoDate,
  QUALITY_CHECKS,
  QualityCheck,
  rruleError,
  SCHEDULE_KINDS,
  ScheduleKind,
  UpdateDeliveryRequest,
  UpsertDeliveryAgreementRequest,
} from '@datenlotse/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

/** How far a receipt may lie ahead of the server's clock: a client's clock a little fast is no error. */
const CLOCK_SKEW_MS = 5 * 60_000;

const OptionalText = (max: number) =>
  applyDecorators(ApiPropertyOptional({ nullable: true }), IsOptional(), IsString(), MaxLength(max));

/** A real calendar day written YYYY-MM-DD (2025-02-30 is refused, not rolled over). */
const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
      defaultMessage: (args) => `${args?.property ?? 'date'} must be a date (YYYY-MM-DD)`,
    },
  });

/**
 * The quality note: free text, and required when the check failed (what is wrong with the data). Without
 * IsOptional, because an absent note is exactly what the second rule must see; its code lets the client word it.
 */
const QualityNoteField = () =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, description: 'Required when the check failed.' }),
    ValidateBy({
      name: 'isString',
      validator: {
        validate: (value: unknown) => value == null || (typeof value === 'string' && value.length <= 10_000),
        defaultMessage: () => 'qualityNote must be a text of at most 10,000 characters',
      },
    }),
    ValidateBy({
      name: FIELD_ERROR_CODES.reasonRequired,
      validator: {
        validate: (value: unknown, args) =>
          (args?.object as { qualityCheck?: unknown }).qualityCheck !== 'failed' ||
          (typeof value === 'string' && value.trim() !== ''),
        defaultMessage: () => 'qualityNote is required when the quality check failed',
      },
    }),
  );

export class DeliveryScheduleDto implements DeliverySchedule {
  @ApiProperty({ enum: SCHEDULE_KINDS })
  @IsIn(SCHEDULE_KINDS, { message: `kind must be one of ${SCHEDULE_KINDS.join(', ')}` })
  kind!: ScheduleKind;

  @ApiProperty({ example: '2025-04-30', description: 'The one-off date, or the first due date.' })
  @IsCalendarDate()
  startDate!: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 'FREQ=MONTHLY;BYMONTHDAY=-1',
    description: 'Only for kind rrule: FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH.',
  })
  @ValidateIf((o: DeliveryScheduleDto) => o.kind === 'rrule')
  @IsString({ message: 'rrule is required for a custom schedule' })
  @MaxLength(500)
  @ValidateBy({
    name: FIELD_ERROR_CODES.invalidRrule,
    validator: {
      validate: (value: unknown) => typeof value === 'string' && rruleError(value) === null,
      defaultMessage: (args) => `rrule: ${rruleError(String(args?.value ?? ''))}`,
    },
  })
  rrule?: string | null;
}

export class UpsertDeliveryAgreementDto implements UpsertDeliveryAgreementRequest {
  @ApiPropertyOptional({ nullable: true, description: 'A contact of the dataset’s department.' })
  @IsOptional()
  @IsUUID('all', { message: 'contactId must be the id of a contact' })
  contactId?: string | null;

  @ApiProperty({ enum: DELIVERY_METHODS })
  @IsIn(DELIVERY_METHODS, { message: `method must be one of ${DELIVERY_METHODS.join(', ')}` })
  method!: DeliveryMethod;

  @OptionalText(200)
  format?: string | null;

  @ApiProperty({ type: DeliveryScheduleDto })
  @IsObject({ message: 'schedule must be an object with kind and startDate' })
  @ValidateNested()
  @Type(() => DeliveryScheduleDto)
  schedule!: DeliveryScheduleDto;

  @OptionalText(10_000)
  note?: string | null;

  @ApiPropertyOptional({ description: 'The version last read; required when the agreement exists.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateDeliveryDto implements CreateDeliveryRequest {
  @ApiProperty({ example: '2025-04-02T09:30:00Z', description: 'When the data arrived; not in the future.' })
  @IsISO8601({ strict: true }, { message: 'receivedAt must be an ISO timestamp' })
  @ValidateBy({
    name: 'notInFuture',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && new Date(value).getTime() <= Date.now() + CLOCK_SKEW_MS,
      defaultMessage: () => 'receivedAt must not be in the future',
    },
  })
  receivedAt!: string;

  @OptionalText(500)
  fileName?: string | null;

  @OptionalText(2000)
  url?: string | null;

  @OptionalText(200)
  checksum?: string | null;

  @OptionalText(10_000)
  note?: string | null;

  @ApiPropertyOptional({
    enum: QUALITY_CHECKS,
    nullable: true,
    description: 'Null while the check is pending.',
  })
  @IsOptional()
  @IsIn(QUALITY_CHECKS)
  qualityCheck?: QualityCheck | null;

  @QualityNoteField()
  qualityNote?: string | null;
}

export class UpdateDeliveryDto implements UpdateDeliveryRequest {
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ enum: QUALITY_CHECKS })
  @IsIn(QUALITY_CHECKS, { message: `qualityCheck must be one of ${QUALITY_CHECKS.join(', ')}` })
  qualityCheck!: QualityCheck;

  @QualityNoteField()
  qualityNote?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class DueDeliveryQueryDto extends PageQueryDto implements DueDeliveryQuery {
  @ApiPropertyOptional({ enum: DUE_DELIVERY_FILTERS, default: 'all' })
  @IsOptional()
  @IsIn(DUE_DELIVERY_FILTERS)
  status?: DueDeliveryFilter;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 366,
    description: 'Upcoming: due within this many days (default 30 for upcoming, no limit for all).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  withinDays?: number;

  @ApiPropertyOptional({ description: 'A user id, or `me`: datasets this team member owns.', example: 'me' })
  @IsOptional()
  @ValidateBy({
    name: 'isUserIdOrMe',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && (value === 'me' || UUID.test(value)),
      defaultMessage: () => 'owner must be a user id or "me"',
    },
  })
  owner?: string;
}
