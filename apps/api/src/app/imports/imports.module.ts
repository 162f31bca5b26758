import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImportBatch, ImportRecord } from './import.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ImportBatch, ImportRecord])],
})
export class ImportsModule {}
