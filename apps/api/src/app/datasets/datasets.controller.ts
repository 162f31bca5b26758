import {
  DatasetBoardColumn,
  DatasetDto,
  DatasetPage,
  CursorPage,
  DatasetTransitionDto,
  PERMISSIONS,
  SessionUser,
  TimelineEntry,
} from '@datenlotse/contracts';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { DatasetListService } from './dataset-list.service';
import { DatasetTimelineService } from './dataset-timeline.service';
import { DatasetTransitionsService } from './dataset-transitions.service';
import {
  CreateDatasetDto,
  DatasetQueryDto,
  DatasetTimelineQueryDto,
  DatasetTransitionRequestDto,
  UpdateDatasetDto,
} from './datasets.dto';
import { DatasetsService } from './datasets.service';
import { DcatService } from './dcat.service';
import { JSON_LD } from './dcat-jsonld';

@ApiTags('datasets')
@Controller('datasets')
export class DatasetsController {
  constructor(
    private readonly datasets: DatasetsService,
    private readonly list: DatasetListService,
    private readonly transitions: DatasetTransitionsService,
    private readonly timeline: DatasetTimelineService,
    private readonly dcat: DcatService,
  ) {}

  @Get()
  @RequirePermission(PERMISSIONS.datasetsRead)
  page(@CurrentUser() user: SessionUser, @Query() query: DatasetQueryDto): Promise<DatasetPage> {
    return this.list.page(user, query);
  }

  // Declared before `:id`, which would otherwise take "board" for an id.
  @Get('board')
  @RequirePermission(PERMISSIONS.datasetsRead)
  board(@CurrentUser() user: SessionUser, @Query() query: DatasetQueryDto): Promise<DatasetBoardColumn[]> {
    return this.list.board(user, query);
  }

  @Post()
  @RequirePermission(PERMISSIONS.datasetsWrite)
  create(@CurrentUser() user: SessionUser, @Body() body: CreateDatasetDto): Promise<DatasetDto> {
    return this.datasets.create(user, body);
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.datasetsRead)
  get(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<DatasetDto> {
    return this.datasets.get(user, id);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.datasetsWrite)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateDatasetDto,
  ): Promise<DatasetDto> {
    return this.datasets.update(user, id, body);
  }

  /** 200 with the moved dataset; 409 {rule} when the stage machine refuses the move. */
  @Post(':id/transitions')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.datasetsWrite)
  transition(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DatasetTransitionRequestDto,
  ): Promise<DatasetDto> {
    return this.datasets.transition(user, id, body);
  }

  @Get(':id/history')
  @RequirePermission(PERMISSIONS.datasetsRead)
  async history(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<DatasetTransitionDto[]> {
    await this.datasets.requireVisible(user, id);
    return this.transitions.history(id);
  }

  @Get(':id/dcat')
  @Header('Content-Type', JSON_LD)
  @RequirePermission(PERMISSIONS.datasetsRead)
  dcatDocument(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<object> {
    return this.dcat.dataset(user, id);
  }

  @Get(':id/timeline')
  @RequirePermission(PERMISSIONS.datasetsRead)
  timelinePage(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: DatasetTimelineQueryDto,
  ): Promise<CursorPage<TimelineEntry>> {
    return this.timeline.page(user, id, query);
  }
}
