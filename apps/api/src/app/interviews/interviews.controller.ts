import { Controller } from '@nestjs/common';

@Controller('interviews')
export class InterviewsController {}
