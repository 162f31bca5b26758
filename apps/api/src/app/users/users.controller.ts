import { CreateUserResponse, PERMISSIONS, TeamMemberDto, UserDto } from '@datenlotse/contracts';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../common/permission.decorator';
import { CreateUserDto, UpdateUserDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission(PERMISSIONS.usersRead)
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Get('team')
  @RequirePermission(PERMISSIONS.teamRead)
  team(): Promise<TeamMemberDto[]> {
    return this.users.teamMembers();
  }

  @Post()
  @RequirePermission(PERMISSIONS.usersWrite)
  create(@Body() body: CreateUserDto): Promise<CreateUserResponse> {
    return this.users.create(body);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.usersWrite)
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(id, body);
  }
}
