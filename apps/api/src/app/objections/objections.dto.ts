import {
  CreateObjectionCommentRequest,
  CreateObjectionRequest,
  OBJECTION_CATEGORIES,
  OBJECTION_STATUSES,
  ObjectionCategory,
  ObjectionQuery,
  ObjectionStatus,
  UpdateObjectionRequest,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
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

/** A field that may be left out but, when sent, must not be null (its column is NOT NULL). */
const Sent = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== undefined);

export class CreateObjectionDto implements CreateObjectionRequest {
  @ApiPropertyOptional({ nullable: true, description: 'The dataset objected to; or departmentId.' })
  @IsOptional()
  @IsUUID()
  datasetId?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'The department of a general objection; or datasetId.',
  })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'A contact of the department.' })
  @IsOptional()
  @IsUUID()
  raisedByContactId?: string | null;

  @ApiProperty({ enum: OBJECTION_CATEGORIES })
  @IsIn(OBJECTION_CATEGORIES)
  category!: ObjectionCategory;

  @ApiProperty({ example: 'Sirenen sind kritische Infrastruktur; wir befürchten Vandalismus.' })
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  @Matches(/\S/, { message: 'statement must not be blank' })
  statement!: string;
}

export class UpdateObjectionDto implements UpdateObjectionRequest {
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  raisedByContactId?: string | null;

  @ApiPropertyOptional({ enum: OBJECTION_CATEGORIES })
  @Sent('category')
  @IsIn(OBJECTION_CATEGORIES)
  category?: ObjectionCategory;

  @ApiPropertyOptional()
  @Sent('statement')
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  @Matches(/\S/, { message: 'statement must not be blank' })
  statement?: string;

  @ApiPropertyOptional({
    nullable: true,
    description: 'The team’s answer; on an open objection it makes it `answered` unless a status is sent.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  response?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Arguments from the library; replaces the list.' })
  @Sent('argumentIds')
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  argumentIds?: string[];

  @ApiPropertyOptional({
    enum: OBJECTION_STATUSES,
    description: 'An outcome stamps resolvedAt; resolved_partially and upheld need a resolutionNote.',
  })
  @Sent('status')
  @IsIn(OBJECTION_STATUSES)
  status?: ObjectionStatus;

  @ApiPropertyOptional({ nullable: true, example: 'Veröffentlichung aggregiert auf Stadtbezirke' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  resolutionNote?: string | null;
}

export class CreateObjectionCommentDto implements CreateObjectionCommentRequest {
  @ApiProperty({ minLength: 1, maxLength: 4000 })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;
}

export class ObjectionQueryDto extends PageQueryDto implements ObjectionQuery {
  @ApiPropertyOptional({ description: 'A dataset id, or `none` for general objections only.' })
  @IsOptional()
  @ValidateIf((query: ObjectionQueryDto) => query.datasetId !== 'none')
  @IsUUID()
  datasetId?: string;

  @ApiPropertyOptional({ description: 'The objections of this department (its datasets and general ones).' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ enum: OBJECTION_CATEGORIES })
  @IsOptional()
  @IsIn(OBJECTION_CATEGORIES)
  category?: ObjectionCategory;

  @ApiPropertyOptional({ description: 'Comma-separated statuses.', example: 'open,answered' })
  @IsOptional()
  @ValidateBy({
    name: 'isStatusList',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        value.split(',').every((s) => (OBJECTION_STATUSES as readonly string[]).includes(s.trim())),
      defaultMessage: () => `statuses must be a comma-separated list of ${OBJECTION_STATUSES.join(', ')}`,
    },
  })
  statuses?: string;
}
