import { MailTemplateDto, MailTemplatePreview, PERMISSIONS } from '@datenlotse/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../common/permission.decorator';
import { MailTemplatePreviewDto, UpdateMailTemplateDto } from './mail-templates.dto';
import { MailTemplatesService } from './mail-templates.service';

/** The admin's mail texts: one template per mail and language. */
@ApiTags('mail-templates')
@Controller('mail-templates')
export class MailTemplatesController {
  constructor(private readonly templates: MailTemplatesService) {}

  @Get()
  @RequirePermission(PERMISSIONS.mailTemplatesWrite)
  list(): Promise<MailTemplateDto[]> {
    return this.templates.list();
  }

  @Get(':key/:locale')
  @RequirePermission(PERMISSIONS.mailTemplatesWrite)
  get(@Param('key') key: string, @Param('locale') locale: string): Promise<MailTemplateDto> {
    return this.templates.get(key, locale);
  }

  @Put(':key/:locale')
  @RequirePermission(PERMISSIONS.mailTemplatesWrite)
  update(
    @Param('key') key: string,
    @Param('locale') locale: string,
    @Body() body: UpdateMailTemplateDto,
  ): Promise<MailTemplateDto> {
    return this.templates.update(key, locale, body);
  }

  /** Renders a draft with sample data; saves nothing. */
  @Post(':key/:locale/preview')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.mailTemplatesWrite)
  preview(
    @Param('key') key: string,
    @Param('locale') locale: string,
    @Body() body: MailTemplatePreviewDto,
  ): Promise<MailTemplatePreview> {
    return this.templates.preview(key, locale, body);
  }

  /** Back to the shipped text (and to following it on upgrades); answers with the template as it is now. */
  @Delete(':key/:locale/customisation')
  @RequirePermission(PERMISSIONS.mailTemplatesWrite)
  reset(@Param('key') key: string, @Param('locale') locale: string): Promise<MailTemplateDto> {
    return this.templates.reset(key, locale);
  }
}
