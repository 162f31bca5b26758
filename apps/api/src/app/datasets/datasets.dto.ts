import {
  CreateDatasetRequest,
  DATA_THEMES,
  DATASET_CLASSIFICATIONS,
  DATASET_OBJECTION_FILTERS,
  DATASET_SORTS,
  DATASET_STAGES,
  DatasetClassification,
  DatasetObjectionFilter,
  DatasetQuery,
  DatasetSort,
  DatasetStage,
  DatasetTransitionRequest,
  DataTheme,
  FREQUENCIES,
  Frequency,
  License,
  LICENSE_KEYS,
  SortOrder,
  UpdateDatasetRequest,
} from '@datenlotse/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { BooleanQuery } from '../../common/query';
import { TimelinePageQueryDto } from '../interactions/timeline.dto';
import {
  MAX_ITEM_LENGTH,
  MAX_LIST_ITEMS,
  MAX_SHORT_TEXT_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
} from './dataset-fields';

/** The most rows one page of the dataset list sends. */
export const MAX_DATASET_PAGE = 100;

const Text = (max: number) =>
  applyDecorators(ApiPropertyOptional({ nullable: true }), IsOptional(), IsString(), MaxLength(max));

const Day = () =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, example: '2026-12-02', description: 'A day (YYYY-MM-DD).' }),
    IsOptional(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ({ property }) => `${property} must be a date (YYYY-MM-DD)` }),
    IsISO8601({ strict: true }),
  );

const Url = () =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, example: 'https://opendata.duesseldorf.de/dataset/sirenen' }),
    IsOptional(),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }),
    MaxLength(2000),
  );

/** A list of short texts, trimmed before the checks (the service drops blanks and duplicates). */
const TextList = (example: string[]) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], example, maxItems: MAX_LIST_ITEMS }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value,
    ),
    IsArray(),
    ArrayMaxSize(MAX_LIST_ITEMS),
    IsString({ each: true }),
    MaxLength(MAX_ITEM_LENGTH, { each: true }),
  );

export class CreateDatasetDto implements CreateDatasetRequest {
  @ApiProperty({ example: 'Standorte der Sirenen' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE_LENGTH)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiProperty({ description: 'The department that holds the data.' })
  @IsUUID()
  departmentId!: string;

  @Text(MAX_TEXT_LENGTH)
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'An active team member (role team or admin).' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @Text(MAX_SHORT_TEXT_LENGTH)
  sourceSystem?: string | null;

  @TextList(['CSV', 'GeoJSON'])
  formats?: string[];

  @ApiPropertyOptional({ enum: FREQUENCIES, nullable: true })
  @IsOptional()
  @IsIn(FREQUENCIES, { message: `accrualPeriodicity must be one of ${FREQUENCIES.join(', ')}` })
  accrualPeriodicity?: Frequency | null;

  @ApiPropertyOptional({ enum: LICENSE_KEYS, nullable: true })
  @IsOptional()
  @IsIn(LICENSE_KEYS, { message: `license must be one of ${LICENSE_KEYS.join(', ')}` })
  license?: License | null;

  @Text(MAX_SHORT_TEXT_LENGTH)
  attributionText?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  containsPersonalData?: boolean;

  @ApiPropertyOptional({ enum: DATASET_CLASSIFICATIONS })
  @IsOptional()
  @IsIn(DATASET_CLASSIFICATIONS)
  classification?: DatasetClassification;

  @ApiPropertyOptional({ nullable: true, description: 'A model dataset of the Musterdatenkatalog.' })
  @IsOptional()
  @IsUUID()
  modelDatasetId?: string | null;

  @Day()
  plannedPublicationDate?: string | null;

  @Url()
  portalUrl?: string | null;

  @Text(MAX_SHORT_TEXT_LENGTH)
  portalId?: string | null;

  @TextList(['Sirenen', 'Bevölkerungsschutz'])
  keywords?: string[];

  @ApiPropertyOptional({ enum: DATA_THEMES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DATA_THEMES.length)
  @IsIn(DATA_THEMES, { each: true, message: `themes must be codes of ${DATA_THEMES.join(', ')}` })
  themes?: DataTheme[];

  @Text(MAX_SHORT_TEXT_LENGTH)
  contactPointName?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(MAX_SHORT_TEXT_LENGTH)
  contactPointEmail?: string | null;

  @Day()
  temporalStart?: string | null;

  @Day()
  temporalEnd?: string | null;

  @Url()
  landingPage?: string | null;
}

export class UpdateDatasetDto extends PartialType(CreateDatasetDto) implements UpdateDatasetRequest {
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class DatasetTransitionRequestDto implements DatasetTransitionRequest {
  @ApiProperty({ enum: DATASET_STAGES })
  @IsIn(DATASET_STAGES)
  to!: DatasetStage;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Required for rejected, on_hold, withdrawn and changes_requested.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  @Url()
  portalUrl?: string | null;

  @ApiPropertyOptional({ description: 'The version last read; a stale one answers 409.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

const STAGE_LIST = new RegExp(`^(${DATASET_STAGES.join('|')})(,(${DATASET_STAGES.join('|')}))*$`);

export class DatasetQueryDto implements DatasetQuery {
  @ApiPropertyOptional({ description: 'Words at the start of words of title, description or source system.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Comma-separated stages.', example: 'in_clarification,agreed' })
  @IsOptional()
  @Matches(STAGE_LIST, { message: `stages must be a comma-separated list of ${DATASET_STAGES.join(', ')}` })
  stages?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ description: 'A Dezernat (or any unit): its whole subtree.' })
  @IsOptional()
  @IsUUID()
  dezernatId?: string;

  @ApiPropertyOptional({ description: 'A user id, `me` or `none`.' })
  @IsOptional()
  @ValidateIf((o: DatasetQueryDto) => o.owner !== 'me' && o.owner !== 'none')
  @IsUUID('all', { message: 'owner must be a user id, me or none' })
  owner?: string;

  @ApiPropertyOptional({ enum: DATASET_OBJECTION_FILTERS })
  @IsOptional()
  @IsIn(DATASET_OBJECTION_FILTERS)
  objections?: DatasetObjectionFilter;

  @ApiPropertyOptional({ description: 'Only datasets whose delivery is overdue (true) or not (false).' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'A model dataset id, `any` or `none`.' })
  @IsOptional()
  @ValidateIf((o: DatasetQueryDto) => o.modelDataset !== 'any' && o.modelDataset !== 'none')
  @IsUUID('all', { message: 'modelDataset must be a model dataset id, any or none' })
  modelDataset?: string;

  @ApiPropertyOptional({ enum: DATASET_SORTS, default: 'updated' })
  @IsOptional()
  @IsIn(DATASET_SORTS)
  sort?: DatasetSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'Default: desc for updated, asc otherwise.' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: SortOrder;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_DATASET_PAGE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_DATASET_PAGE)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

/** Paging of a dataset's timeline: only system events, so no type filter. */
export class DatasetTimelineQueryDto extends TimelinePageQueryDto {}
