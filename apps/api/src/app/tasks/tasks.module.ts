import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { Interaction } from '../interactions/interaction.entity';
import { Interview } from '../interviews/interview.entity';
import { User } from '../users/user.entity';
import { Task } from './task.entity';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Task, Department, Contact, Interaction, Interview, User])],
  controllers: [TasksController],
  providers: [TasksService],
  // Interviews create and update their follow-up tasks in their own transaction.
  exports: [TasksService],
})
export class TasksModule {}
