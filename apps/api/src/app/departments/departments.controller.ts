import { DepartmentDto, DepartmentRowDto, Page, PERMISSIONS, SessionUser } from '@datenlotse/contracts';
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
import { sendTabular } from '../../common/tabular-export';
import { DEPARTMENT_EXPORT_COLUMNS } from './department-export';
import { DepartmentTableService } from './department-table.service';
import {
  CreateDepartmentDto,
  DepartmentTableExportQueryDto,
  DepartmentTableQueryDto,
  DepartmentTreeQueryDto,
  DepartmentVersionDto,
  SetEngagementStageDto,
  UpdateDepartmentDto,
} from './departments.dto';
import { DepartmentsService } from './departments.service';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly table: DepartmentTableService,
  ) {}

  @Get()
  @RequirePermission(PERMISSIONS.departmentsRead)
  list(@CurrentUser() user: SessionUser, @Query() query: DepartmentTreeQueryDto): Promise<DepartmentDto[]> {
    return this.departments.list(user, query.includeArchived);
  }

  // Before ':id', so that "table" is not taken for an id.
  @Get('table')
  @RequirePermission(PERMISSIONS.departmentsRead)
  tablePage(
    @CurrentUser() user: SessionUser,
    @Query() query: DepartmentTableQueryDto,
  ): Promise<Page<DepartmentRowDto>> {
    return this.table.page(user, query);
  }

  @Get('table/export')
  @RequirePermission(PERMISSIONS.departmentsRead)
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async tableExport(
    @CurrentUser() user: SessionUser,
    @Query() query: DepartmentTableExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendTabular(res, {
      format: query.format,
      baseName: 'organisationseinheiten',
      sheetName: 'Organisationseinheiten',
      columns: DEPARTMENT_EXPORT_COLUMNS,
      rows: this.table.allRows(user, query),
    });
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.departmentsRead)
  get(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<DepartmentDto> {
    return this.departments.get(user, id);
  }

  @Post()
  @RequirePermission(PERMISSIONS.departmentsWrite)
  create(@Body() body: CreateDepartmentDto): Promise<DepartmentDto> {
    return this.departments.create(body);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.departmentsWrite)
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateDepartmentDto,
  ): Promise<DepartmentDto> {
    return this.departments.update(id, body);
  }

  @Patch(':id/stage')
  @RequirePermission(PERMISSIONS.departmentsWrite)
  setStage(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SetEngagementStageDto,
  ): Promise<DepartmentDto> {
    return this.departments.setStage(id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.departmentsWrite)
  archive(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DepartmentVersionDto,
  ): Promise<DepartmentDto> {
    return this.departments.archive(id, body.version);
  }

  @Post(':id/unarchive')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.departmentsWrite)
  unarchive(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DepartmentVersionDto,
  ): Promise<DepartmentDto> {
    return this.departments.unarchive(id, body.version);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(PERMISSIONS.departmentsWrite)
  remove(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.departments.remove(id);
  }
}
