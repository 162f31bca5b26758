import { PERMISSIONS, SessionUser, TaskCount, TaskDto, TaskPage } from '@datenlotse/contracts';
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
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { CreateTaskDto, TaskQueryDto, UpdateTaskDto } from './tasks.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @RequirePermission(PERMISSIONS.tasksRead)
  list(@CurrentUser() user: SessionUser, @Query() query: TaskQueryDto): Promise<TaskPage> {
    return this.tasks.list(user, query);
  }

  // Declared before `:id`, which would otherwise take "count" for an id.
  @Get('count')
  @RequirePermission(PERMISSIONS.tasksRead)
  count(@CurrentUser() user: SessionUser): Promise<TaskCount> {
    return this.tasks.count(user);
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.tasksRead)
  get(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<TaskDto> {
    return this.tasks.get(user, id);
  }

  @Post()
  @RequirePermission(PERMISSIONS.tasksWrite)
  create(@Body() body: CreateTaskDto): Promise<TaskDto> {
    return this.tasks.create(body);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.tasksWrite)
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateTaskDto): Promise<TaskDto> {
    return this.tasks.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(PERMISSIONS.tasksWrite)
  remove(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.tasks.remove(id);
  }
}
