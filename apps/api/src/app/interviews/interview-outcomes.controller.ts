import { Controller } from '@nestjs/common';

/** Completion, protocol and analysis. */
@Controller()
export class InterviewOutcomesController {}
