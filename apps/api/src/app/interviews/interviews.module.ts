import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../../mail/mail.module';
import { DatasetsModule } from '../datasets/datasets.module';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { EngagementModule } from '../engagement/engagement.module';
import { InteractionsModule } from '../interactions/interactions.module';
import { ObjectionsModule } from '../objections/objections.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { TasksModule } from '../tasks/tasks.module';
import { InterviewAnalysisController } from './interview-analysis.controller';
import { InterviewAnalysisService } from './interview-analysis.service';
import { InterviewAnswersService } from './interview-answers.service';
import { InterviewCompletionService } from './interview-completion.service';
import { InterviewAnswer, InterviewNote, InterviewOutcome } from './interview-answer.entity';
import { InterviewInvitationService } from './interview-invitation';
import { InterviewOutcomesController } from './interview-outcomes.controller';
import { InterviewProtocolController } from './interview-protocol.controller';
import { InterviewProtocolService } from './interview-protocol.service';
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
    DeliveriesModule,
    TasksModule,
    ObjectionsModule,
    InteractionsModule,
    EngagementModule,
    QuestionnairesModule,
  ],
  controllers: [
    InterviewsController,
    InterviewOutcomesController,
    InterviewProtocolController,
    InterviewAnalysisController,
  ],
  providers: [
    InterviewsService,
    InterviewAnswersService,
    InterviewInvitationService,
    InterviewCompletionService,
    InterviewProtocolService,
    InterviewAnalysisService,
  ],
  exports: [InterviewsService, InterviewCompletionService, InterviewProtocolService],
})
export class InterviewsModule {}
