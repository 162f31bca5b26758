import {
  CONTACT_SORTS,
  ContactQuery,
  ContactSort,
  CreateContactRequest,
  EXPORT_FORMATS,
  ExportFormat,
  Relationship,
  RELATIONSHIPS,
  SortOrder,
  UpdateContactRequest,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { BooleanQuery } from '../../common/query';

/** Surrounding blanks are not part of a value (a pasted " anna@stadt.de " is a valid email). */
const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class CreateContactDto implements CreateContactRequest {
  @ApiProperty()
  @IsUUID()
  departmentId!: string;

  @ApiProperty({ example: 'Dr. Anna Beispiel' })
  @Trimmed()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Amtsleiterin' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @ApiPropertyOptional({ example: 'anna.beispiel@duesseldorf.de' })
  @IsOptional()
  @Trimmed()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ example: '+49 211 89-12345' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  isHead?: boolean;

  @ApiPropertyOptional({ enum: RELATIONSHIPS, default: 'cold' })
  @IsOptional()
  @IsIn(RELATIONSHIPS)
  relationship?: Relationship;

  @ApiPropertyOptional({ example: 'Dienstliche Kontaktdaten, Art. 6 Abs. 1 lit. e DSGVO' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  legalBasis?: string | null;

  @ApiPropertyOptional({ example: '2028-12-31', description: 'ISO date (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  retainUntil?: string | null;

  @ApiPropertyOptional({ description: 'Create even though possible duplicates were shown.' })
  @IsOptional()
  @IsBoolean()
  confirmDuplicate?: boolean;
}

export class UpdateContactDto
  extends PartialType(OmitType(CreateContactDto, ['confirmDuplicate'] as const))
  implements UpdateContactRequest
{
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ContactQueryDto extends PageQueryDto implements ContactQuery {
  @ApiPropertyOptional({ description: 'Words at the start of words of name, title or email.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeSubunits?: boolean;

  @ApiPropertyOptional({ enum: RELATIONSHIPS })
  @IsOptional()
  @IsIn(RELATIONSHIPS)
  relationship?: Relationship;

  @ApiPropertyOptional()
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  isHead?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Also list erased ("former") contacts.' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeErased?: boolean;

  @ApiPropertyOptional({ enum: CONTACT_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(CONTACT_SORTS)
  sort?: ContactSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: SortOrder;
}

/** The list's filters and sort, without paging: the export holds the whole view. */
export class ContactExportQueryDto extends OmitType(ContactQueryDto, ['limit', 'offset'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;
}
