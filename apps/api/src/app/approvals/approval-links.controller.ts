import { ApprovalLinkView } from '@datenlotse/contracts';
import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/permission.decorator';
import { ApprovalLinksService } from './approval-links.service';
import { DecideApprovalRequestDto } from './approvals.dto';

/** Public: the link in the approval mail; the token in the path is the credential. */
@ApiTags('approvals')
@Controller('approval-links')
export class ApprovalLinksController {
  constructor(private readonly links: ApprovalLinksService) {}

  @Get(':token')
  @Public()
  @Header('Cache-Control', 'no-store')
  view(@Param('token') token: string): Promise<ApprovalLinkView> {
    return this.links.view(token);
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  decide(@Param('token') token: string, @Body() body: DecideApprovalRequestDto): Promise<ApprovalLinkView> {
    return this.links.decide(token, body);
  }
}
