import { InterviewDto, PERMISSIONS, SessionUser } from '@datenlotse/contracts';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { CompleteInterviewDto } from './interview-completion.dto';
import { InterviewCompletionService } from './interview-completion.service';

/** Completing an interview: its answers become datasets, objections, the agreement, tasks and the protocol mail. */
@ApiTags('interviews')
@Controller('interviews')
export class InterviewOutcomesController {
  constructor(private readonly completion: InterviewCompletionService) {}

  /** Completes (or completes again, after edits): 400 with the missing required answers, 409 when stale. */
  @Post(':id/complete')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.interviewsWrite)
  complete(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CompleteInterviewDto,
  ): Promise<InterviewDto> {
    return this.completion.complete(user, id, body);
  }
}
