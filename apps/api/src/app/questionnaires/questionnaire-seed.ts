import { EntityManager } from 'typeorm';
import {
  DEFAULT_QUESTIONNAIRE,
  DEFAULT_QUESTIONNAIRE_DESCRIPTION,
  DEFAULT_QUESTIONNAIRE_NAME,
  DEFAULT_QUESTIONNAIRE_SEED_KEY,
} from './default-questionnaire';
import { QuestionnaireTemplate, QuestionnaireVersion } from './questionnaire-template.entity';

/**
 * The shipped three-part interview of a municipality, published as version 1, on every start. Only a
 * missing template is inserted: the team's versions, edits and archiving are never overwritten, and the
 * interviews run with version 1 keep it.
 */
export async function seedDefaultQuestionnaire(
  manager: EntityManager,
  municipalityId: string,
): Promise<void> {
  const templates = manager.getRepository(QuestionnaireTemplate);
  if (await templates.exists({ where: { municipalityId, seedKey: DEFAULT_QUESTIONNAIRE_SEED_KEY } })) return;
  const template = await templates.save(
    templates.create({
      municipalityId,
      name: DEFAULT_QUESTIONNAIRE_NAME,
      description: DEFAULT_QUESTIONNAIRE_DESCRIPTION,
      seedKey: DEFAULT_QUESTIONNAIRE_SEED_KEY,
      archivedAt: null,
    }),
  );
  const versions = manager.getRepository(QuestionnaireVersion);
  await versions.save(
    versions.create({
      municipalityId,
      templateId: template.id,
      number: 1,
      status: 'published',
      definition: DEFAULT_QUESTIONNAIRE,
      publishedAt: new Date(),
      createdByUserId: null,
    }),
  );
}
