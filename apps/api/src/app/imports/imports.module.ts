import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { User } from '../users/user.entity';
import { ImportBatch, ImportRecord } from './import.entity';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [TypeOrmModule.forFeature([ImportBatch, ImportRecord, Department, Contact, User])],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
