import {
  DATASET_STAGES,
  DatasetStage,
  OBJECTION_CATEGORIES,
  OBJECTION_STATUSES,
  ObjectionCategory,
  ObjectionStatus,
  QuestionType,
} from '@datenlotse/contracts';
import { datasetStageLabel } from '../../datasets/dataset-labels';
import { TranslationKey } from '../../i18n/de';
import { categoryLabel, objectionStatusLabel } from '../../objections/objection-labels';

/**
 * The columns of a list answer's rows, in the order the API writes them: a dataset candidate's fields
 * (DatasetCandidateRow) and a concern's category, statement and who raised it (ConcernRow).
 */
const LIST_COLUMNS: Partial<Record<QuestionType, readonly TranslationKey[]>> = {
  dataset_list: [
    'interviewProtocol.col.title',
    'interviewProtocol.col.description',
    'interviewProtocol.col.sourceSystem',
    'interviewProtocol.col.format',
    'interviewProtocol.col.rhythm',
    'interviewProtocol.col.personalData',
    'interviewProtocol.col.requestedBy',
  ],
  objection_list: [
    'interviewProtocol.col.category',
    'interviewProtocol.col.statement',
    'interviewProtocol.col.raisedBy',
  ],
};

/** A column header: its text key and, for columns the protocol does not know, a number. */
export interface ProtocolColumn {
  key: TranslationKey;
  number?: number;
}

/**
 * The headers of a list answer's table. Rows of another width than expected (a newer API) get numbered
 * headers rather than wrong names.
 */
export function listColumns(type: QuestionType, rows: readonly (readonly string[])[]): ProtocolColumn[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const known = LIST_COLUMNS[type];
  if (known && (rows.length === 0 || known.length === width)) return known.map((key) => ({ key }));
  return Array.from({ length: width }, (_, index) => ({
    key: 'interviewProtocol.column',
    number: index + 1,
  }));
}

/** The pipeline's stage name; an unknown stage stays as the API wrote it. */
export function stageText(stage: string, t: (key: TranslationKey) => string): string {
  return (DATASET_STAGES as readonly string[]).includes(stage)
    ? t(datasetStageLabel(stage as DatasetStage))
    : stage;
}

export function objectionCategoryText(category: string, t: (key: TranslationKey) => string): string {
  return (OBJECTION_CATEGORIES as readonly string[]).includes(category)
    ? t(categoryLabel(category as ObjectionCategory))
    : category;
}

export function objectionStatusText(status: string, t: (key: TranslationKey) => string): string {
  return (OBJECTION_STATUSES as readonly string[]).includes(status)
    ? t(objectionStatusLabel(status as ObjectionStatus))
    : status;
}
