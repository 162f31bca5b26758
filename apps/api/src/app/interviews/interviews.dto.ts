import {
  AnswerValue,
  CancelInterviewRequest,
  CreateInterviewRequest,
  INTERVIEW_STATUSES,
  InterviewQuery,
  SaveInterviewAnswerRequest,
  SaveInterviewNoteRequest,
  SendInterviewInvitationRequest,
  UpdateInterviewRequest,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
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
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

/** A field that may be left out but, when sent, must not be null (its column is NOT NULL). */
const Sent = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== undefined);

/** The longest free notes of one part: a whole meeting's worth of typing. */
export const NOTE_MAX_LENGTH = 20_000;

export class CreateInterviewDto implements CreateInterviewRequest {
  @ApiProperty()
  @IsUUID()
  departmentId!: string;

  @ApiPropertyOptional({
    description: 'A published questionnaire version; omitted: the default questionnaire’s newest one.',
  })
  @IsOptional()
  @IsUUID()
  templateVersionId?: string;

  @ApiProperty({ example: '2026-12-08T09:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'scheduledAt must be an ISO timestamp' })
  scheduledAt!: string;

  @ApiPropertyOptional({ minimum: 5, maximum: 600, default: 90 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(600)
  durationMinutes?: number;

  @ApiPropertyOptional({ nullable: true, example: 'Rathaus, Raum 2.14' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'https://meet.example/opendata' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  videoUrl?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Active team members or admins who run it.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  interviewerUserIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Contacts of the department or its sub-units.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  inviteeContactIds?: string[];
}

export class UpdateInterviewDto implements UpdateInterviewRequest {
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ description: 'Only while the interview has no answer.' })
  @Sent('templateVersionId')
  @IsUUID()
  templateVersionId?: string;

  @ApiPropertyOptional()
  @Sent('scheduledAt')
  @IsISO8601({ strict: true }, { message: 'scheduledAt must be an ISO timestamp' })
  scheduledAt?: string;

  @ApiPropertyOptional({ minimum: 5, maximum: 600 })
  @Sent('durationMinutes')
  @IsInt()
  @Min(5)
  @Max(600)
  durationMinutes?: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  videoUrl?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Replaces the list.' })
  @Sent('interviewerUserIds')
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  interviewerUserIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Replaces the list.' })
  @Sent('inviteeContactIds')
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  inviteeContactIds?: string[];
}

export class CancelInterviewDto implements CancelInterviewRequest {
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ example: 'Die Amtsleitung ist erkrankt; neuer Termin folgt.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

export class SendInterviewInvitationDto implements SendInterviewInvitationRequest {
  @ApiPropertyOptional({ nullable: true, description: 'Omitted: the titles of the questionnaire’s parts.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  agenda?: string | null;
}

export class SaveInterviewAnswerDto implements SaveInterviewAnswerRequest {
  @ApiProperty({
    description:
      'As the question type has it (text, true/false, option value(s), number, date, id, rows); null clears.',
    nullable: true,
  })
  // The question's type decides what is valid (answerProblem in the service); here only: it was sent.
  @ValidateBy({
    name: 'isDefined',
    validator: {
      validate: (value: unknown) => value !== undefined,
      defaultMessage: () => 'value must be sent (null clears the answer)',
    },
  })
  value!: AnswerValue;

  @ApiProperty({ description: 'The answer’s version the client saw; 0 for a new answer.' })
  @IsInt()
  @Min(0)
  version!: number;
}

export class SaveInterviewNoteDto implements SaveInterviewNoteRequest {
  @ApiProperty({ maxLength: NOTE_MAX_LENGTH })
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  body!: string;

  @ApiProperty({ description: 'The notes’ version the client saw; 0 for new notes.' })
  @IsInt()
  @Min(0)
  version!: number;
}

export class InterviewQueryDto extends PageQueryDto implements InterviewQuery {
  @ApiPropertyOptional({ description: 'The interviews of exactly this department.' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ description: 'Comma-separated statuses.', example: 'planned,in_progress' })
  @IsOptional()
  @ValidateBy({
    name: 'isStatusList',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        value.split(',').every((s) => (INTERVIEW_STATUSES as readonly string[]).includes(s.trim())),
      defaultMessage: () => `statuses must be a comma-separated list of ${INTERVIEW_STATUSES.join(', ')}`,
    },
  })
  statuses?: string;

  @ApiPropertyOptional({ description: 'Scheduled on or after (ISO date or timestamp).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO date' })
  from?: string;

  @ApiPropertyOptional({ description: 'Scheduled before (ISO date or timestamp).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO date' })
  to?: string;
}
