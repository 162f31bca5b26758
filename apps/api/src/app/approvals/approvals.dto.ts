import {
  APPROVAL_DECISIONS,
  APPROVAL_STATUSES,
  ApprovalDecision,
  ApprovalQuery,
  ApprovalStatus,
  CreateApprovalRequest,
  DecideApprovalRequest,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateApprovalRequestDto implements CreateApprovalRequest {
  @ApiPropertyOptional({
    nullable: true,
    description: "A contact of the dataset's department; defaults to the contact flagged as head.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'approverContactId must be the id of a contact' })
  approverContactId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Bitte bis Monatsende freigeben.' })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  message?: string | null;
}

export class DecideApprovalRequestDto implements DecideApprovalRequest {
  @ApiProperty({ enum: APPROVAL_DECISIONS })
  @IsIn(APPROVAL_DECISIONS, { message: `decision must be one of ${APPROVAL_DECISIONS.join(', ')}` })
  decision!: ApprovalDecision;

  @ApiPropertyOptional({ nullable: true, description: 'Required for rejected and changes_requested.' })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  comment?: string | null;
}

export class ApprovalQueryDto implements ApprovalQuery {
  @ApiPropertyOptional({ enum: APPROVAL_STATUSES })
  @IsOptional()
  @IsIn(APPROVAL_STATUSES)
  status?: ApprovalStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  datasetId?: string;
}
