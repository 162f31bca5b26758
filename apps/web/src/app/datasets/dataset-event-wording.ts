import { DATASET_STAGES, DatasetFields, DatasetStage } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { TranslationParams } from '../i18n/i18n.service';
import { TimelineEvent, describeEvent } from '../timeline/event-wording';
import { datasetStageLabel } from './dataset-labels';

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** Labels of the fields an edit names, in the words of the edit dialog. */
export const DATASET_FIELD_LABELS: Readonly<Record<keyof DatasetFields, TranslationKey>> = {
  title: 'dataset.field.title',
  description: 'dataset.field.description',
  departmentId: 'dataset.field.departmentId',
  ownerUserId: 'dataset.field.ownerUserId',
  sourceSystem: 'dataset.field.sourceSystem',
  formats: 'dataset.field.formats',
  accrualPeriodicity: 'dataset.field.accrualPeriodicity',
  license: 'dataset.field.license',
  attributionText: 'dataset.field.attributionText',
  containsPersonalData: 'dataset.field.containsPersonalData',
  classification: 'dataset.field.classification',
  modelDatasetId: 'dataset.field.modelDatasetId',
  plannedPublicationDate: 'dataset.field.plannedPublicationDate',
  portalUrl: 'dataset.field.portalUrl',
  portalId: 'dataset.field.portalId',
  keywords: 'dataset.field.keywords',
  themes: 'dataset.field.themes',
  contactPointName: 'dataset.field.contactPointName',
  contactPointEmail: 'dataset.field.contactPointEmail',
  temporalStart: 'dataset.field.temporalStart',
  temporalEnd: 'dataset.field.temporalEnd',
  landingPage: 'dataset.field.landingPage',
};

/** What the other records of a dataset's timeline are called (their own screens word them in detail). */
const RECORD_KEYS: Readonly<Record<string, Partial<Record<string, TranslationKey>>>> = {
  objection: {
    create: 'datasetEvent.objectionCreated',
    update: 'datasetEvent.objectionUpdated',
    transition: 'datasetEvent.objectionUpdated',
    delete: 'datasetEvent.objectionDeleted',
  },
  delivery: {
    create: 'datasetEvent.deliveryCreated',
    update: 'datasetEvent.deliveryUpdated',
    delete: 'datasetEvent.deliveryDeleted',
  },
  delivery_agreement: {
    create: 'datasetEvent.agreementCreated',
    update: 'datasetEvent.agreementUpdated',
    delete: 'datasetEvent.agreementDeleted',
  },
};

function isStage(value: unknown): value is DatasetStage {
  return typeof value === 'string' && (DATASET_STAGES as readonly string[]).includes(value);
}

function datasetSentence(event: TimelineEvent, t: Translate, actor: string): string {
  const stage = event.diff['stage'];
  if (stage && isStage(stage.after)) {
    const to = t(datasetStageLabel(stage.after));
    const change = isStage(stage.before) ? `${t(datasetStageLabel(stage.before))} → ${to}` : to;
    const reason = event.diff['reason']?.after;
    if (event.action !== 'create') {
      return typeof reason === 'string' && reason.trim()
        ? t('datasetEvent.movedReason', { actor, change, reason })
        : t('datasetEvent.moved', { actor, change });
    }
  }
  if (event.action === 'create') return t('datasetEvent.created', { actor });
  if (event.action === 'delete') return t('datasetEvent.deleted', { actor });
  const fields = Object.keys(event.diff)
    .map((field) => DATASET_FIELD_LABELS[field as keyof DatasetFields])
    .filter((label): label is TranslationKey => label !== undefined)
    .map((label) => t(label));
  const sentence = t('datasetEvent.updated', { actor });
  return fields.length > 0
    ? t('timeline.event.withFields', { sentence, fields: fields.join(', ') })
    : sentence;
}

/** A system event on a dataset's timeline as a sentence; events of other records as the department says them. */
export function describeDatasetEvent(event: TimelineEvent, t: Translate): string {
  const actor = event.actorName ?? t('timeline.system');
  if (event.entity === 'dataset') return datasetSentence(event, t, actor);
  const key = RECORD_KEYS[event.entity]?.[event.action];
  return key ? t(key, { actor }) : describeEvent(event, t);
}
