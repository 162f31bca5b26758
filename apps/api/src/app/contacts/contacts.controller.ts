import { ContactDto, ContactExport, ContactPage, PERMISSIONS, SessionUser } from '@datenlotse/contracts';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { exportFileName, sendTabular } from '../../common/tabular-export';
import { CONTACT_EXPORT_COLUMNS } from './contact-export';
import { ContactPrivacyService } from './contact-privacy.service';
import { ContactExportQueryDto, ContactQueryDto, CreateContactDto, UpdateContactDto } from './contacts.dto';
import { ContactsService } from './contacts.service';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly privacy: ContactPrivacyService,
  ) {}

  @Get()
  @RequirePermission(PERMISSIONS.contactsRead)
  list(@CurrentUser() user: SessionUser, @Query() query: ContactQueryDto): Promise<ContactPage> {
    return this.contacts.list(user, query);
  }

  // Before ':id', so that "export" is not taken for an id.
  @Get('export')
  @RequirePermission(PERMISSIONS.contactsRead)
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @CurrentUser() user: SessionUser,
    @Query() query: ContactExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendTabular(res, {
      format: query.format,
      baseName: 'kontakte',
      sheetName: 'Kontakte',
      columns: CONTACT_EXPORT_COLUMNS,
      rows: this.contacts.allRows(user, query),
    });
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.contactsRead)
  get(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ContactDto> {
    return this.contacts.get(user, id);
  }

  /** GDPR Art. 15: everything stored about the person, as a JSON download. */
  @Get(':id/gdpr-export')
  @RequirePermission(PERMISSIONS.contactsPrivacy)
  async gdprExport(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ContactExport> {
    const exported = await this.privacy.export(user, id);
    const fileName = exportFileName(`kontakt-${id}`, 'json');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    return exported;
  }

  @Post()
  @RequirePermission(PERMISSIONS.contactsWrite)
  create(@Body() body: CreateContactDto): Promise<ContactDto> {
    return this.contacts.create(body);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.contactsWrite)
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateContactDto): Promise<ContactDto> {
    return this.contacts.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(PERMISSIONS.contactsWrite)
  remove(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.contacts.remove(id);
  }

  /** GDPR Art. 17: removes the personal data; the history keeps an anonymous "former contact". */
  @Post(':id/erase')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.contactsPrivacy)
  erase(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ContactDto> {
    return this.privacy.erase(user, id);
  }
}
