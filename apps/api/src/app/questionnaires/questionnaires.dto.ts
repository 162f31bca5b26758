import {
  CreateQuestionnaireTemplateRequest,
  PublishQuestionnaireVersionRequest,
  QuestionnaireDefinition,
  QuestionnaireExport,
  UpdateQuestionnaireTemplateRequest,
  UpdateQuestionnaireVersionRequest,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { BooleanQuery } from '../../common/query';

/** A field that may be left out but, when sent, must not be null (its column is NOT NULL). */
const Sent = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== undefined);

const DEFINITION_DOC =
  'Sections with questions (QuestionnaireDefinition). Checked by the service: a 400 names the path, e.g. ' +
  '`definition.sections.0.questions.2.key`, with the code invalidDefinition.';

export class CreateQuestionnaireTemplateDto implements CreateQuestionnaireTemplateRequest {
  @ApiProperty({ example: 'Kurzinterview Schulen' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: `${DEFINITION_DOC} Omitted: one empty section.`,
  })
  @IsOptional()
  @IsObject()
  definition?: QuestionnaireDefinition;
}

export class UpdateQuestionnaireTemplateDto implements UpdateQuestionnaireTemplateRequest {
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @Sent('name')
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiPropertyOptional({
    description: 'true archives the template (hidden from the list), false restores it.',
  })
  @Sent('archived')
  @IsBoolean()
  archived?: boolean;
}

export class UpdateQuestionnaireVersionDto implements UpdateQuestionnaireVersionRequest {
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ type: 'object', additionalProperties: true, description: DEFINITION_DOC })
  @IsObject()
  definition!: QuestionnaireDefinition;
}

export class PublishQuestionnaireVersionDto implements PublishQuestionnaireVersionRequest {
  @ApiPropertyOptional({ description: 'The draft version last read; a stale one answers 409.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ImportQuestionnaireDto implements QuestionnaireExport {
  @ApiProperty({ enum: ['datenlotse-questionnaire'] })
  @IsIn(['datenlotse-questionnaire'], { message: 'format must be datenlotse-questionnaire' })
  format!: 'datenlotse-questionnaire';

  @ApiProperty({ enum: [1] })
  @IsIn([1], { message: 'formatVersion must be 1' })
  formatVersion!: 1;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: DEFINITION_DOC })
  @IsObject()
  definition!: QuestionnaireDefinition;
}

export class QuestionnaireQueryDto {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  includeArchived?: boolean;
}
