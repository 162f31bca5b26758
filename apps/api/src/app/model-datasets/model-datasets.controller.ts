import {
  DatasetDto,
  ModelDatasetEvidence,
  ModelDatasetGapList,
  ModelDatasetSuggestion,
  PERMISSIONS,
  SessionUser,
} from '@datenlotse/contracts';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import {
  CreateCandidateFromModelDto,
  ModelDatasetQueryDto,
  ModelDatasetSuggestQueryDto,
} from './model-datasets.dto';
import { ModelDatasetsService } from './model-datasets.service';

/** The Musterdatenkatalog: the gap list, suggestions for a title, evidence, and candidates from a gap. */
@ApiTags('model-datasets')
@Controller('model-datasets')
export class ModelDatasetsController {
  constructor(private readonly modelDatasets: ModelDatasetsService) {}

  @Get()
  @RequirePermission(PERMISSIONS.modelDatasetsRead)
  gapList(@Query() query: ModelDatasetQueryDto): Promise<ModelDatasetGapList> {
    return this.modelDatasets.gapList(query);
  }

  // Declared before `:id`. Suggestions serve whoever creates datasets (the dataset dialog, interviews).
  @Get('suggest')
  @RequirePermission(PERMISSIONS.datasetsWrite)
  suggest(@Query() query: ModelDatasetSuggestQueryDto): Promise<ModelDatasetSuggestion[]> {
    return this.modelDatasets.suggest(query.title);
  }

  // Evidence answers objections, so whoever reads objections (department heads too) may read it.
  @Get(':id/evidence')
  @RequirePermission(PERMISSIONS.objectionsRead)
  evidence(@Param('id', new ParseUUIDPipe()) id: string): Promise<ModelDatasetEvidence> {
    return this.modelDatasets.evidence(id);
  }

  @Post(':id/candidate')
  @RequirePermission(PERMISSIONS.datasetsWrite)
  createCandidate(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateCandidateFromModelDto,
  ): Promise<DatasetDto> {
    return this.modelDatasets.createCandidate(user, id, body);
  }
}
