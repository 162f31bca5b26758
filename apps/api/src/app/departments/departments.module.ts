import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsController } from './departments.controller';
import { Department } from './department.entity';
import { DepartmentsService } from './departments.service';
import { DepartmentTableService } from './department-table.service';

@Module({
  imports: [TypeOrmModule.forFeature([Department])],
  controllers: [DepartmentsController],
  providers: [DepartmentsService, DepartmentTableService],
  exports: [DepartmentsService],
})
export class DepartmentsModule {}
