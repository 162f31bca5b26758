import { InterviewAnalysisDto, PERMISSIONS } from '@datenlotse/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../common/permission.decorator';
import { InterviewAnalysisQueryDto } from './interview-analysis.dto';
import { InterviewAnalysisService } from './interview-analysis.service';

/** Answers per question across the completed interviews: the city's picture for team and management. */
@ApiTags('interviews')
@Controller('interview-analysis')
export class InterviewAnalysisController {
  constructor(private readonly analysis: InterviewAnalysisService) {}

  @Get()
  @RequirePermission(PERMISSIONS.interviewAnalysisRead)
  analyse(@Query() query: InterviewAnalysisQueryDto): Promise<InterviewAnalysisDto> {
    return this.analysis.analyse(query);
  }
}
