import { DepartmentDto, PERMISSIONS, SessionUser } from '@datenlotse/contracts';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { CreateDepartmentDto, UpdateDepartmentDto } from './departments.dto';
import { DepartmentsService } from './departments.service';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @RequirePermission(PERMISSIONS.departmentsRead)
  list(@CurrentUser() user: SessionUser): Promise<DepartmentDto[]> {
    return this.departments.list(user);
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
}
