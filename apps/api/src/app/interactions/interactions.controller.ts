import { InteractionDto, PERMISSIONS, SessionUser } from '@datenlotse/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { CreateInteractionDto, UpdateInteractionDto } from './interactions.dto';
import { InteractionsService } from './interactions.service';

@ApiTags('interactions')
@Controller('interactions')
export class InteractionsController {
  constructor(private readonly interactions: InteractionsService) {}

  @Post()
  @RequirePermission(PERMISSIONS.interactionsWrite)
  create(@Body() body: CreateInteractionDto): Promise<InteractionDto> {
    return this.interactions.create(body);
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.interactionsRead)
  get(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<InteractionDto> {
    return this.interactions.get(user, id);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.interactionsWrite)
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateInteractionDto,
  ): Promise<InteractionDto> {
    return this.interactions.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(PERMISSIONS.interactionsWrite)
  remove(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.interactions.remove(id);
  }
}
