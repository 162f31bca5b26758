import { InterviewProtocolDto, PERMISSIONS, SessionUser } from '@datenlotse/contracts';
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { InterviewProtocolService } from './interview-protocol.service';

/** The protocol of an interview, in the reader's language: for the screen and for print. */
@ApiTags('interviews')
@Controller('interviews')
export class InterviewProtocolController {
  constructor(private readonly protocols: InterviewProtocolService) {}

  @Get(':id/protocol')
  @RequirePermission(PERMISSIONS.interviewsRead)
  get(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<InterviewProtocolDto> {
    return this.protocols.get(user, id);
  }
}
