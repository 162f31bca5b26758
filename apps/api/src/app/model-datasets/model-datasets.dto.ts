import {
  CreateCandidateFromModelRequest,
  MODEL_DATASET_COVERAGE,
  ModelDatasetCoverage,
  ModelDatasetQuery,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export class ModelDatasetQueryDto implements ModelDatasetQuery {
  @ApiPropertyOptional({
    description: 'A Thema of the taxonomy, as the list shows it.',
    example: 'Sicherheit',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  theme?: string;

  @ApiPropertyOptional({ description: 'Words of the name or description; the label also by its beginning.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: MODEL_DATASET_COVERAGE,
    description:
      'missing: no dataset of the city; covered: at least one; published: one published or maintained.',
  })
  @IsOptional()
  @IsIn(MODEL_DATASET_COVERAGE, { message: `coverage must be one of ${MODEL_DATASET_COVERAGE.join(', ')}` })
  coverage?: ModelDatasetCoverage;
}

export class ModelDatasetSuggestQueryDto {
  @ApiProperty({ description: 'The title of a (planned) dataset.', example: 'Sirenenstandorte' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;
}

export class CreateCandidateFromModelDto implements CreateCandidateFromModelRequest {
  @ApiProperty({ description: 'The department that holds the data.' })
  @IsUUID('all', { message: 'departmentId must be the id of a department' })
  departmentId!: string;

  @ApiPropertyOptional({ description: "Defaults to the model dataset's label.", example: 'Sirenenstandorte' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title?: string;
}
