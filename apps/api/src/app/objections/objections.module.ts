import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Contact } from '../contacts/contact.entity';
import { Dataset } from '../datasets/dataset.entity';
import { Department } from '../departments/department.entity';
import { Argument } from './argument.entity';
import { ArgumentsController } from './arguments.controller';
import { ArgumentsService } from './arguments.service';
import { Objection, ObjectionArgument, ObjectionComment } from './objection.entity';
import { ObjectionsController } from './objections.controller';
import { ObjectionsService } from './objections.service';

/** Objections (Vorbehalte), their discussion, and the argument library that answers them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Objection,
      ObjectionArgument,
      ObjectionComment,
      Argument,
      Dataset,
      Department,
      Contact,
    ]),
  ],
  controllers: [ObjectionsController, ArgumentsController],
  providers: [ObjectionsService, ArgumentsService],
  exports: [ObjectionsService],
})
export class ObjectionsModule {}
