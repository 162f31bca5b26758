import {
  DataTheme,
  DatasetClassification,
  DatasetDto,
  DatasetFields,
  Frequency,
  License,
  UpdateDatasetRequest,
} from '@datenlotse/contracts';
import { optionalText } from '../shared/form-values';

/** The edit form's raw value. */
export interface DatasetFormValue {
  title: string;
  description: string;
  departmentId: string;
  ownerUserId: string | null;
  sourceSystem: string;
  formats: string[];
  accrualPeriodicity: Frequency | null;
  license: License | null;
  attributionText: string;
  containsPersonalData: boolean;
  classification: DatasetClassification;
  plannedPublicationDate: string;
  portalUrl: string;
  portalId: string;
  keywords: string[];
  themes: DataTheme[];
  contactPointName: string;
  contactPointEmail: string;
  temporalStart: string;
  temporalEnd: string;
  landingPage: string;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** A date field: the same day counts as unchanged whatever the API's notation ("…T00:00:00Z"). */
const sameDay = (form: string | null, stored: string | null): boolean =>
  (form ?? '') === (stored ? stored.slice(0, 10) : '');

/** The form as the API's fields: text trimmed and empty text as null. */
function fieldsOf(value: DatasetFormValue, modelDatasetId: string | null): DatasetFields {
  return {
    title: value.title.trim(),
    description: optionalText(value.description),
    departmentId: value.departmentId,
    ownerUserId: value.ownerUserId ?? null,
    sourceSystem: optionalText(value.sourceSystem),
    formats: value.formats,
    accrualPeriodicity: value.accrualPeriodicity ?? null,
    license: value.license ?? null,
    attributionText: optionalText(value.attributionText),
    containsPersonalData: value.containsPersonalData,
    classification: value.classification,
    modelDatasetId,
    plannedPublicationDate: optionalText(value.plannedPublicationDate),
    portalUrl: optionalText(value.portalUrl),
    portalId: optionalText(value.portalId),
    keywords: value.keywords,
    themes: value.themes,
    contactPointName: optionalText(value.contactPointName),
    contactPointEmail: optionalText(value.contactPointEmail),
    temporalStart: optionalText(value.temporalStart),
    temporalEnd: optionalText(value.temporalEnd),
    landingPage: optionalText(value.landingPage),
  };
}

const DATE_FIELDS: ReadonlySet<keyof DatasetFields> = new Set([
  'plannedPublicationDate',
  'temporalStart',
  'temporalEnd',
]);

/** The update request: `version` plus only the fields that differ from the dataset as loaded. */
export function updateRequestOf(
  dataset: DatasetDto,
  value: DatasetFormValue,
  modelDatasetId: string | null,
): UpdateDatasetRequest {
  const fields = fieldsOf(value, modelDatasetId);
  const request: UpdateDatasetRequest = { version: dataset.version };
  for (const key of Object.keys(fields) as (keyof DatasetFields)[]) {
    const next = fields[key];
    const current = dataset[key];
    const unchanged = Array.isArray(next)
      ? Array.isArray(current) && sameList(next, current)
      : DATE_FIELDS.has(key)
        ? sameDay(next as string | null, current as string | null)
        : next === current;
    if (!unchanged) Object.assign(request, { [key]: next });
  }
  return request;
}
