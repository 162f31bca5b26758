import {
  ArgumentQuery,
  CreateArgumentRequest,
  OBJECTION_CATEGORIES,
  ObjectionCategory,
  UpdateArgumentRequest,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { BooleanQuery } from '../../common/query';

/** A field that may be left out but, when sent, must not be null (its column is NOT NULL). */
const Sent = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== undefined);

export class CreateArgumentDto implements CreateArgumentRequest {
  @ApiProperty({ enum: OBJECTION_CATEGORIES })
  @IsIn(OBJECTION_CATEGORIES)
  category!: ObjectionCategory;

  @ApiProperty({ example: 'Sirenen stehen sichtbar auf den Dächern' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiProperty({ description: 'The argument in words the team can say in the meeting.' })
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  examples?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '§ 12a EGovG' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  evidence?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'A model dataset of the Musterdatenkatalog.' })
  @IsOptional()
  @IsUUID()
  modelDatasetId?: string | null;
}

export class UpdateArgumentDto implements UpdateArgumentRequest {
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ enum: OBJECTION_CATEGORIES })
  @Sent('category')
  @IsIn(OBJECTION_CATEGORIES)
  category?: ObjectionCategory;

  @ApiPropertyOptional()
  @Sent('title')
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title?: string;

  @ApiPropertyOptional()
  @Sent('body')
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  @Matches(/\S/, { message: 'body must not be blank' })
  body?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  examples?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  evidence?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  modelDatasetId?: string | null;

  @ApiPropertyOptional({
    description: 'true archives the argument (hidden from answers), false restores it.',
  })
  @Sent('archived')
  @IsBoolean()
  archived?: boolean;
}

export class ArgumentQueryDto implements ArgumentQuery {
  @ApiPropertyOptional({ enum: OBJECTION_CATEGORIES })
  @IsOptional()
  @IsIn(OBJECTION_CATEGORIES)
  category?: ObjectionCategory;

  @ApiPropertyOptional({ description: 'Text anywhere in title, argument, examples or evidence.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeArchived?: boolean;
}
