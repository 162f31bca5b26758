import { MailTemplatePreviewRequest, UpdateMailTemplateRequest } from '@datenlotse/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';

// Generous, but a bound: a template is rendered for every mail of a reminder run.
const SUBJECT_MAX = 300;
const BODY_MAX = 100_000;

export class MailTemplatePreviewDto implements MailTemplatePreviewRequest {
  @ApiProperty({ maxLength: SUBJECT_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SUBJECT_MAX)
  subject!: string;

  @ApiProperty({ maxLength: BODY_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(BODY_MAX)
  html!: string;

  @ApiProperty({ maxLength: BODY_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(BODY_MAX)
  text!: string;
}

export class UpdateMailTemplateDto extends MailTemplatePreviewDto implements UpdateMailTemplateRequest {
  @ApiProperty({ description: 'The version the edit is based on; another ⇒ 409 with the current template' })
  @IsInt()
  @Min(0)
  version!: number;
}
