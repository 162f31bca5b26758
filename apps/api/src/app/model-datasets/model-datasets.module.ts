import { Module } from '@nestjs/common';
import { DatasetsModule } from '../datasets/datasets.module';
import { ModelDatasetsController } from './model-datasets.controller';
import { ModelDatasetsService } from './model-datasets.service';

/** The Musterdatenkatalog (Bertelsmann Stiftung, CC0): reference data loaded at start, gap list, suggestions. */
@Module({
  imports: [DatasetsModule],
  controllers: [ModelDatasetsController],
  providers: [ModelDatasetsService],
  exports: [ModelDatasetsService],
})
export class ModelDatasetsModule {}
