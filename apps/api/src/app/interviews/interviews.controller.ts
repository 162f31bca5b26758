import {
  InterviewAnswerDto,
  InterviewDto,
  InterviewNoteDto,
  InterviewPage,
  PERMISSIONS,
  SessionUser,
} from '@datenlotse/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { InterviewAnswersService } from './interview-answers.service';
import { InterviewInvitationService } from './interview-invitation';
import {
  CancelInterviewDto,
  CreateInterviewDto,
  InterviewQueryDto,
  SaveInterviewAnswerDto,
  SaveInterviewNoteDto,
  SendInterviewInvitationDto,
  UpdateInterviewDto,
} from './interviews.dto';
import { InterviewsService } from './interviews.service';

/** Planning and running interviews: the list, one interview, the invitation, and per-answer saves. */
@ApiTags('interviews')
@Controller('interviews')
export class InterviewsController {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly answers: InterviewAnswersService,
    private readonly invitations: InterviewInvitationService,
  ) {}

  @Get()
  @RequirePermission(PERMISSIONS.interviewsRead)
  list(@CurrentUser() user: SessionUser, @Query() query: InterviewQueryDto): Promise<InterviewPage> {
    return this.interviews.list(user, query);
  }

  @Post()
  @RequirePermission(PERMISSIONS.interviewsWrite)
  create(@CurrentUser() user: SessionUser, @Body() body: CreateInterviewDto): Promise<InterviewDto> {
    return this.interviews.create(user, body);
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.interviewsRead)
  get(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<InterviewDto> {
    return this.interviews.get(user, id);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.interviewsWrite)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateInterviewDto,
  ): Promise<InterviewDto> {
    return this.interviews.update(user, id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.interviewsWrite)
  cancel(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CancelInterviewDto,
  ): Promise<InterviewDto> {
    return this.interviews.cancel(user, id, body);
  }

  @Post(':id/start')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.interviewsWrite)
  start(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<InterviewDto> {
    return this.interviews.start(user, id);
  }

  @Post(':id/invitation')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.interviewsWrite)
  invite(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SendInterviewInvitationDto,
  ): Promise<InterviewDto> {
    return this.invitations.send(user, id, body);
  }

  @Put(':id/answers/:key')
  @RequirePermission(PERMISSIONS.interviewsWrite)
  saveAnswer(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('key') key: string,
    @Body() body: SaveInterviewAnswerDto,
  ): Promise<InterviewAnswerDto> {
    return this.answers.saveAnswer(user, id, key, body);
  }

  @Put(':id/notes/:sectionKey')
  @RequirePermission(PERMISSIONS.interviewsWrite)
  saveNote(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('sectionKey') sectionKey: string,
    @Body() body: SaveInterviewNoteDto,
  ): Promise<InterviewNoteDto> {
    return this.answers.saveNote(user, id, sectionKey, body);
  }
}
