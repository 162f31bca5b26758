import { DepartmentDto, PERMISSIONS, SessionUser } from '@datenlotse/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
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
}
