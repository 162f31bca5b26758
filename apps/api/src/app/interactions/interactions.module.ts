import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Contact } from '../contacts/contact.entity';
import { DepartmentsModule } from '../departments/departments.module';
import { EngagementModule } from '../engagement/engagement.module';
import { Task } from '../tasks/task.entity';
import { User } from '../users/user.entity';
import {
  Interaction,
  InteractionDepartment,
  InteractionContact,
  InteractionUser,
} from './interaction.entity';
import { InteractionReader } from './interaction-reader';
import { InteractionsController } from './interactions.controller';
import { InteractionsService } from './interactions.service';
import { TimelineController } from './timeline.controller';
import { TimelineService } from './timeline.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Interaction,
      InteractionDepartment,
      InteractionContact,
      InteractionUser,
      Contact,
      Task,
      User,
    ]),
    DepartmentsModule,
    EngagementModule,
  ],
  controllers: [InteractionsController, TimelineController],
  providers: [InteractionsService, InteractionReader, TimelineService],
  exports: [InteractionReader, InteractionsService],
})
export class InteractionsModule {}
