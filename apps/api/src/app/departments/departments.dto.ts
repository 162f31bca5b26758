import {
  CreateDepartmentRequest,
  DEPARTMENT_KINDS,
  DEPARTMENT_TABLE_SORTS,
  DepartmentKind,
  DepartmentTableQuery,
  DepartmentTableSort,
  ENGAGEMENT_STAGES,
  EngagementStage,
  EXPORT_FORMATS,
  ExportFormat,
  SetEngagementStageRequest,
  SortOrder,
  UpdateDepartmentRequest,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { BooleanQuery } from '../../common/query';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

/** Tags without surrounding blanks, each once (case-insensitive; the first spelling wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags
    .map((tag) => tag.trim())
    .filter((tag) => {
      const key = tag.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export class CreateDepartmentDto implements CreateDepartmentRequest {
  @ApiProperty({ example: 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: 'Amt 37' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  shortName?: string | null;

  @ApiProperty({ enum: DEPARTMENT_KINDS })
  @IsIn(DEPARTMENT_KINDS)
  kind!: DepartmentKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ example: 'https://www.duesseldorf.de/feuerwehr' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;

  @ApiPropertyOptional({ description: 'An active team member (role team or admin).' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['KRITIS', 'Geodaten'], maxItems: MAX_TAGS })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((tag) => (typeof tag === 'string' ? tag.trim() : tag)) : value,
  )
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(MAX_TAG_LENGTH, { each: true })
  tags?: string[];
}

export class UpdateDepartmentDto extends PartialType(CreateDepartmentDto) implements UpdateDepartmentRequest {
  @ApiProperty({
    description: 'The version last read; a stale one answers 409. parentId null moves to the top.',
  })
  @IsInt()
  @Min(1)
  version!: number;
}

/** The body of archive and unarchive: only the version last read. */
export class DepartmentVersionDto {
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class SetEngagementStageDto implements SetEngagementStageRequest {
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ enum: ENGAGEMENT_STAGES, nullable: true, description: 'null clears the manual stage.' })
  @ValidateIf((o: SetEngagementStageDto) => o.stage !== null)
  @IsIn(ENGAGEMENT_STAGES)
  stage!: EngagementStage | null;

  @ApiPropertyOptional({ description: 'Why the stage is set by hand; required when setting one.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class DepartmentTreeQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Also list archived units.' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeArchived?: boolean;
}

export class DepartmentTableQueryDto extends PageQueryDto implements DepartmentTableQuery {
  @ApiPropertyOptional({ description: 'Words at the start of words of the name or short name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ENGAGEMENT_STAGES })
  @IsOptional()
  @IsIn(ENGAGEMENT_STAGES)
  stage?: EngagementStage;

  @ApiPropertyOptional({ description: 'A user id, or `none` for units without an owner.' })
  @IsOptional()
  @ValidateIf((o: DepartmentTableQueryDto) => o.owner !== 'none')
  @IsUUID()
  owner?: string;

  @ApiPropertyOptional({ description: "Units in this Dezernat's subtree." })
  @IsOptional()
  @IsUUID()
  dezernatId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TAG_LENGTH)
  tag?: string;

  @ApiPropertyOptional({ enum: DEPARTMENT_KINDS })
  @IsOptional()
  @IsIn(DEPARTMENT_KINDS)
  kind?: DepartmentKind;

  @ApiPropertyOptional({ minimum: 0, description: 'No contact for at least this many days, or never.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(36_500)
  noContactDays?: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeArchived?: boolean;

  @ApiPropertyOptional({ enum: DEPARTMENT_TABLE_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(DEPARTMENT_TABLE_SORTS)
  sort?: DepartmentTableSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: SortOrder;
}

/** The table's filters and sort, without paging: the export holds the whole view. */
export class DepartmentTableExportQueryDto extends OmitType(DepartmentTableQueryDto, [
  'limit',
  'offset',
] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;
}
