import {
  CreateTaskRequest,
  TASK_LINK_ENTITIES,
  TASK_STATUSES,
  TaskLinkEntity,
  TaskQuery,
  TaskStatus,
  UpdateTaskRequest,
} from '@datenlotse/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

interface LinkFields {
  linkEntity?: TaskLinkEntity | null;
  linkId?: string | null;
}

/** A link is both fields or neither: one without the other is named in the 400. */
const isLinked = (o: LinkFields) => o.linkEntity != null || o.linkId != null;

const LinkEntityField = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: TASK_LINK_ENTITIES, nullable: true }),
    ValidateIf(isLinked),
    IsIn(TASK_LINK_ENTITIES, { message: `linkEntity must be one of ${TASK_LINK_ENTITIES.join(', ')}` }),
  );

const LinkIdField = () =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, description: 'The id of the linked record.' }),
    ValidateIf(isLinked),
    IsUUID('all', { message: 'linkId must be the id of the linked record' }),
  );

export class CreateTaskDto implements CreateTaskRequest {
  @ApiProperty({ example: 'Liste der Fachverfahren anfordern' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;

  @ApiPropertyOptional({ example: '2025-04-02', nullable: true, description: 'A day (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueAt must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  dueAt?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'An active user of the municipality.' })
  @IsOptional()
  @IsUUID()
  assigneeUserId?: string | null;

  @LinkEntityField()
  linkEntity?: TaskLinkEntity | null;

  @LinkIdField()
  linkId?: string | null;
}

export class UpdateTaskDto
  extends PartialType(OmitType(CreateTaskDto, ['linkEntity', 'linkId'] as const))
  implements UpdateTaskRequest
{
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ enum: TASK_STATUSES, description: 'done sets completedAt; open clears it.' })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @LinkEntityField()
  linkEntity?: TaskLinkEntity | null;

  @LinkIdField()
  linkId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class TaskQueryDto extends PageQueryDto implements TaskQuery {
  @ApiPropertyOptional({ description: 'A user id, or `me` for the signed-in user.', example: 'me' })
  @IsOptional()
  @ValidateBy({
    name: 'isUserIdOrMe',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && (value === 'me' || UUID.test(value)),
      defaultMessage: () => 'assignee must be a user id or "me"',
    },
  })
  assignee?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}
