import { CursorPage, PERMISSIONS, SessionUser, TimelineEntry } from '@datenlotse/contracts';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { TimelineQueryDto } from './timeline.dto';
import { TimelineService } from './timeline.service';

/** A department's timeline lives below the department; its own route, so it never meets `GET departments/:id`. */
@ApiTags('departments')
@Controller('departments')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get(':id/timeline')
  @RequirePermission(PERMISSIONS.interactionsRead)
  page(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: TimelineQueryDto,
  ): Promise<CursorPage<TimelineEntry>> {
    return this.timeline.page(user, id, query);
  }
}
