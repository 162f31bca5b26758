import { ImportDto, ImportReport, PERMISSIONS } from '@datenlotse/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../common/permission.decorator';
import { ImportUploadDto, ImportUploadQueryDto, RunImportDto } from './imports.dto';
import { ImportsService, UploadedImportFile } from './imports.service';

/** Files up to 20 MB: some 200,000 rows of CSV. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @RequirePermission(PERMISSIONS.importsWrite)
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 }, defParamCharset: 'utf8' }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadDto })
  upload(
    @Query() query: ImportUploadQueryDto,
    @UploadedFile() file: UploadedImportFile | undefined,
  ): Promise<ImportDto> {
    return this.imports.upload(query.kind, file);
  }

  @Get()
  @RequirePermission(PERMISSIONS.importsWrite)
  list(): Promise<ImportDto[]> {
    return this.imports.list();
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.importsWrite)
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<ImportDto> {
    return this.imports.get(id);
  }

  @Post(':id/dry-run')
  @HttpCode(HttpStatus.OK)
  @RequirePermission(PERMISSIONS.importsWrite)
  dryRun(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RunImportDto): Promise<ImportReport> {
    return this.imports.dryRun(id, body.mapping);
  }

  @Post(':id/run')
  @HttpCode(HttpStatus.ACCEPTED)
  @RequirePermission(PERMISSIONS.importsWrite)
  run(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RunImportDto): Promise<ImportDto> {
    return this.imports.run(id, body.mapping);
  }

  @Post(':id/undo')
  @HttpCode(HttpStatus.OK)
  @RequirePermission(PERMISSIONS.importsWrite)
  undo(@Param('id', new ParseUUIDPipe()) id: string): Promise<ImportDto> {
    return this.imports.undo(id);
  }
}
