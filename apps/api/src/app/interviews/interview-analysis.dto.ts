import { InterviewAnalysisQuery } from '@datenlotse/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

const Day = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ example: '2027-03-12', description }),
    IsOptional(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ({ property }) => `${property} must be a date (YYYY-MM-DD)` }),
    IsISO8601({ strict: true }),
  );

export class InterviewAnalysisQueryDto implements InterviewAnalysisQuery {
  @ApiPropertyOptional({ description: 'A questionnaire; the shipped default when omitted.' })
  @IsOptional()
  @IsUUID('all', { message: 'templateId must be the id of a questionnaire' })
  templateId?: string;

  @ApiPropertyOptional({ description: 'A Dezernat (or any unit): the interviews of its whole subtree.' })
  @IsOptional()
  @IsUUID('all', { message: 'dezernatId must be the id of a unit' })
  dezernatId?: string;

  @Day('Completed on or after this day.')
  from?: string;

  @Day('Completed on or before this day.')
  to?: string;
}
