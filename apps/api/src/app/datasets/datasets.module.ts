import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatasetTransition } from './dataset-transition.entity';
import { Dataset } from './dataset.entity';
import { DatasetTransitionsService } from './dataset-transitions.service';
import { DatasetsService } from './datasets.service';

/** The pipeline record: datasets, their stage machine, DCAT-AP.de metadata. */
@Module({
  imports: [TypeOrmModule.forFeature([Dataset, DatasetTransition])],
  providers: [DatasetsService, DatasetTransitionsService],
  exports: [DatasetsService, DatasetTransitionsService],
})
export class DatasetsModule {}
