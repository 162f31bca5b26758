import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionnaireTemplate, QuestionnaireVersion } from './questionnaire-template.entity';
import { QuestionnairesController, QuestionnaireVersionsController } from './questionnaires.controller';
import { QuestionnairesService } from './questionnaires.service';

/** Questionnaire templates and their versions; the shipped three-part interview. */
@Module({
  imports: [TypeOrmModule.forFeature([QuestionnaireTemplate, QuestionnaireVersion])],
  controllers: [QuestionnairesController, QuestionnaireVersionsController],
  providers: [QuestionnairesService],
  exports: [QuestionnairesService],
})
export class QuestionnairesModule {}
