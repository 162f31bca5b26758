import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../../mail/mail.module';
import { APPROVAL_EXPIRY } from '../../mail/reminders/approval-reminder.job';
import { DatasetsModule } from '../datasets/datasets.module';
import { ApprovalDecisionsService } from './approval-decisions.service';
import { ApprovalLinksController } from './approval-links.controller';
import { ApprovalLinksService } from './approval-links.service';
import { ApprovalRequest } from './approval-request.entity';
import { ApprovalsController, DatasetApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';

/** Release requests to department heads: in the app and through the signed, single-use link in the mail. */
@Module({
  imports: [TypeOrmModule.forFeature([ApprovalRequest]), MailModule, DatasetsModule],
  controllers: [ApprovalsController, DatasetApprovalsController, ApprovalLinksController],
  providers: [
    ApprovalsService,
    ApprovalDecisionsService,
    ApprovalLinksService,
    // The reminder job (mail module) expires overdue requests through this token, without importing us.
    { provide: APPROVAL_EXPIRY, useExisting: ApprovalDecisionsService },
  ],
  exports: [ApprovalDecisionsService, APPROVAL_EXPIRY],
})
export class ApprovalsModule {}
