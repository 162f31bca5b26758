import {
  PERMISSIONS,
  QuestionnaireExport,
  QuestionnaireTemplateDto,
  QuestionnaireVersionDto,
} from '@datenlotse/contracts';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequirePermission } from '../../common/permission.decorator';
import { exportFileName } from '../../common/tabular-export';
import {
  CreateQuestionnaireTemplateDto,
  ImportQuestionnaireDto,
  PublishQuestionnaireVersionDto,
  QuestionnaireQueryDto,
  UpdateQuestionnaireTemplateDto,
  UpdateQuestionnaireVersionDto,
} from './questionnaires.dto';
import { QuestionnairesService } from './questionnaires.service';

@ApiTags('questionnaires')
@Controller('questionnaires')
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Get()
  @RequirePermission(PERMISSIONS.questionnairesRead)
  list(@Query() query: QuestionnaireQueryDto): Promise<QuestionnaireTemplateDto[]> {
    return this.questionnaires.list(query);
  }

  @Post()
  @RequirePermission(PERMISSIONS.questionnairesWrite)
  create(@Body() body: CreateQuestionnaireTemplateDto): Promise<QuestionnaireTemplateDto> {
    return this.questionnaires.create(body);
  }

  /** A file from GET questionnaire-versions/:id/export; it becomes a new template with a draft. */
  @Post('import')
  @RequirePermission(PERMISSIONS.questionnairesWrite)
  import(@Body() body: ImportQuestionnaireDto): Promise<QuestionnaireTemplateDto> {
    return this.questionnaires.import(body);
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.questionnairesRead)
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<QuestionnaireTemplateDto> {
    return this.questionnaires.get(id);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.questionnairesWrite)
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateQuestionnaireTemplateDto,
  ): Promise<QuestionnaireTemplateDto> {
    return this.questionnaires.update(id, body);
  }

  /** 201 with a new draft copying the newest version, or 200 with the draft that already exists. */
  @Post(':id/drafts')
  @RequirePermission(PERMISSIONS.questionnairesWrite)
  async createDraft(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<QuestionnaireVersionDto> {
    const { draft, created } = await this.questionnaires.createDraft(id);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return draft;
  }
}

@ApiTags('questionnaires')
@Controller('questionnaire-versions')
export class QuestionnaireVersionsController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Get(':id')
  @RequirePermission(PERMISSIONS.questionnairesRead)
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<QuestionnaireVersionDto> {
    return this.questionnaires.getVersion(id);
  }

  /** Drafts only: a published version answers 409. */
  @Put(':id')
  @RequirePermission(PERMISSIONS.questionnairesWrite)
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateQuestionnaireVersionDto,
  ): Promise<QuestionnaireVersionDto> {
    return this.questionnaires.updateVersion(id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.questionnairesWrite)
  publish(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: PublishQuestionnaireVersionDto,
  ): Promise<QuestionnaireVersionDto> {
    return this.questionnaires.publish(id, body.version);
  }

  /** Only a version no interview uses, and not a template's last one (409). */
  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(PERMISSIONS.questionnairesWrite)
  remove(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.questionnaires.removeVersion(id);
  }

  /** The version as a JSON download (QuestionnaireExport), for POST questionnaires/import. */
  @Get(':id/export')
  @RequirePermission(PERMISSIONS.questionnairesRead)
  async export(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<QuestionnaireExport> {
    const { fileBaseName, content } = await this.questionnaires.exportVersion(id);
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(fileBaseName, 'json')}"`);
    res.setHeader('Cache-Control', 'no-store');
    return content;
  }
}
