import { Controller } from '@nestjs/common';

@Controller('questionnaires')
export class QuestionnairesController {}
