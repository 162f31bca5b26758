import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../../mail/mail.module';
import { DatasetsModule } from '../datasets/datasets.module';
import { EngagementModule } from '../engagement/engagement.module';
import { InteractionsModule } from '../interactions/interactions.module';
import { ObjectionsModule } from '../objections/objections.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { InterviewCompletionService } from './interview-completion.service';
import { InterviewAnswer, InterviewNote, InterviewOutcome } from './interview-answer.entity';
import { InterviewOutcomesController } from './interview-outcomes.controller';
import { Interview, InterviewInterviewer, InterviewInvitee } from './interview.entity';
import { InterviewsController } from './interviews.controller';
import { InterviewsService } from './interviews.service';

/** Interviews: planning, the guided run with per-answer saves, completion into records, protocol, analysis. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Interview,
      InterviewInterviewer,
      InterviewInvitee,
      InterviewAnswer,
      InterviewNote,
      InterviewOutcome,
    ]),
    MailModule,
    DatasetsModule,
    ObjectionsModule,
    InteractionsModule,
    EngagementModule,
    QuestionnairesModule,
  ],
  controllers: [InterviewsController, InterviewOutcomesController],
  providers: [InterviewsService, InterviewCompletionService],
  exports: [InterviewsService, InterviewCompletionService],
})
export class InterviewsModule {}
