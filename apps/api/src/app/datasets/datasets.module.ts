import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogController } from './catalog.controller';
import { DatasetListService } from './dataset-list.service';
import { DatasetTimelineService } from './dataset-timeline.service';
import { DatasetTransition } from './dataset-transition.entity';
import { DatasetTransitionsService } from './dataset-transitions.service';
import { Dataset } from './dataset.entity';
import { DatasetsController } from './datasets.controller';
import { DatasetsService } from './datasets.service';
import { DcatService } from './dcat.service';

/** The pipeline record: datasets, their stage machine and history, DCAT-AP.de metadata and catalogue. */
@Module({
  imports: [TypeOrmModule.forFeature([Dataset, DatasetTransition])],
  controllers: [DatasetsController, CatalogController],
  providers: [
    DatasetsService,
    DatasetTransitionsService,
    DatasetListService,
    DatasetTimelineService,
    DcatService,
  ],
  exports: [DatasetsService, DatasetTransitionsService],
})
export class DatasetsModule {}
