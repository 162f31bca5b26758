import {
  ObjectionCommentDto,
  ObjectionDto,
  ObjectionPage,
  PERMISSIONS,
  SessionUser,
} from '@datenlotse/contracts';
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
import {
  CreateObjectionCommentDto,
  CreateObjectionDto,
  ObjectionQueryDto,
  UpdateObjectionDto,
} from './objections.dto';
import { ObjectionsService } from './objections.service';

@ApiTags('objections')
@Controller('objections')
export class ObjectionsController {
  constructor(private readonly objections: ObjectionsService) {}

  @Get()
  @RequirePermission(PERMISSIONS.objectionsRead)
  list(@CurrentUser() user: SessionUser, @Query() query: ObjectionQueryDto): Promise<ObjectionPage> {
    return this.objections.list(user, query);
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.objectionsRead)
  get(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ObjectionDto> {
    return this.objections.get(user, id);
  }

  @Post()
  @RequirePermission(PERMISSIONS.objectionsWrite)
  create(@Body() body: CreateObjectionDto): Promise<ObjectionDto> {
    return this.objections.create(body);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.objectionsWrite)
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateObjectionDto,
  ): Promise<ObjectionDto> {
    return this.objections.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(PERMISSIONS.objectionsWrite)
  remove(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.objections.remove(id);
  }

  @Post(':id/comments')
  @RequirePermission(PERMISSIONS.objectionsComment)
  comment(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateObjectionCommentDto,
  ): Promise<ObjectionCommentDto> {
    return this.objections.comment(user, id, body);
  }
}
