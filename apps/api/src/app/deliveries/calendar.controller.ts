import { CalendarFeedDto, PERMISSIONS, SessionUser } from '@datenlotse/contracts';
import {
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../common/current-user.decorator';
import { Public, RequirePermission } from '../../common/permission.decorator';
import { CalendarFeedService } from './calendar-feed.service';

/** The signed-in user's calendar link, and the public feed behind it. */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get('feed')
  @RequirePermission(PERMISSIONS.calendarFeed)
  state(@CurrentUser() user: SessionUser): Promise<CalendarFeedDto> {
    return this.feeds.state(user);
  }

  /** A new secret link (the old one stops working); the answer is the only place the link is ever shown. */
  @Post('feed')
  @RequirePermission(PERMISSIONS.calendarFeed)
  @Header('Cache-Control', 'no-store')
  create(@CurrentUser() user: SessionUser, @Req() req: Request): Promise<CalendarFeedDto> {
    return this.feeds.create(user, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
  }

  @Delete('feed')
  @HttpCode(204)
  @RequirePermission(PERMISSIONS.calendarFeed)
  revoke(@CurrentUser() user: SessionUser): Promise<void> {
    return this.feeds.revoke(user);
  }

  /** Public: calendar apps subscribe without a session; the token in the path is the credential. */
  @Get(':token.ics')
  @Public()
  @ApiProduces('text/calendar')
  async ics(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const text = await this.feeds.ics(token);
    // No detail: an unknown and a revoked token look the same.
    if (text === null) throw new NotFoundException();
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="datenlotse-lieferungen.ics"');
    res.setHeader('Cache-Control', 'private, max-age=300');
    return text;
  }
}
