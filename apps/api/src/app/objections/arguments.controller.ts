import { ArgumentDto, PERMISSIONS } from '@datenlotse/contracts';
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
import { RequirePermission } from '../../common/permission.decorator';
import { ArgumentQueryDto, CreateArgumentDto, UpdateArgumentDto } from './arguments.dto';
import { ArgumentsService } from './arguments.service';

@ApiTags('arguments')
@Controller('arguments')
export class ArgumentsController {
  constructor(private readonly library: ArgumentsService) {}

  @Get()
  @RequirePermission(PERMISSIONS.argumentsRead)
  list(@Query() query: ArgumentQueryDto): Promise<ArgumentDto[]> {
    return this.library.list(query);
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.argumentsRead)
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<ArgumentDto> {
    return this.library.get(id);
  }

  @Post()
  @RequirePermission(PERMISSIONS.argumentsWrite)
  create(@Body() body: CreateArgumentDto): Promise<ArgumentDto> {
    return this.library.create(body);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.argumentsWrite)
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateArgumentDto,
  ): Promise<ArgumentDto> {
    return this.library.update(id, body);
  }

  /** Only an unused argument of the team's own; the others are archived (PATCH archived: true). */
  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(PERMISSIONS.argumentsWrite)
  remove(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.library.remove(id);
  }
}
