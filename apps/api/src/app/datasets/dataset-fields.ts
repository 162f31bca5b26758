import {
  DATA_THEMES,
  DATASET_CLASSIFICATIONS,
  DatasetFields,
  DataTheme,
  FIELD_ERROR_CODES,
  FieldErrorCode,
  FREQUENCIES,
  Frequency,
  License,
  LICENSE_KEYS,
  licenseNeedsAttribution,
} from '@datenlotse/contracts';
import { BadRequestException } from '@nestjs/common';
import { fieldError } from '../../common/validation';

export const MAX_LIST_ITEMS = 30;
export const MAX_ITEM_LENGTH = 100;
export const MAX_TITLE_LENGTH = 300;
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_SHORT_TEXT_LENGTH = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
// The same shape class-validator's isEmail accepts in practice: something@domain.tld, no blanks.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The fields a service may be handed, from the API (already validated once) or from another module. */
export type DatasetInput = Partial<DatasetFields>;

/**
 * A 400 for one field. The code is Datenlotse's own (FIELD_ERROR_CODES) or the name of the class-validator
 * constraint the DTO would report (isIn, isUrl, …), so that the client words both paths alike.
 */
const invalid = (field: string, message: string, code: FieldErrorCode | ValidatorCode = 'isValid') =>
  new BadRequestException({ message, fields: { [field]: [message] }, codes: { [field]: [code] } });

type ValidatorCode = 'isValid' | 'isUuid' | 'isIn' | 'isBoolean' | 'isEmail' | 'isUrl' | 'isIso8601';

/** Keywords or formats: trimmed, blanks dropped, each once (case-insensitive; the first spelling wins). */
export function normaliseList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const key = value.toLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}

/** Whether the text is a whole http(s) URL. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Whether the text is a real calendar day in ISO form (2026-02-30 is not). */
export function isIsoDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function optionalText(
  input: DatasetInput,
  field: keyof DatasetInput,
  max: number,
): string | null | undefined {
  const value = input[field];
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') throw invalid(field, `${field} must be text`);
  const text = value.trim();
  if (text.length > max) throw invalid(field, `${field} must be at most ${max} characters`);
  return text || null;
}

function list(input: DatasetInput, field: 'keywords' | 'formats'): string[] | undefined {
  const value = input[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw invalid(field, `${field} must be a list of texts`);
  }
  const items = normaliseList(value);
  if (items.length > MAX_LIST_ITEMS)
    throw invalid(field, `${field} may hold at most ${MAX_LIST_ITEMS} entries`);
  if (items.some((item) => item.length > MAX_ITEM_LENGTH)) {
    throw invalid(field, `each of ${field} must be at most ${MAX_ITEM_LENGTH} characters`);
  }
  return items;
}

/**
 * Checks and tidies the dataset fields a caller set, whoever the caller is: the API's DTOs check the same, but
 * other modules (interviews, the gap list) hand their requests straight to the service. Returns only the
 * fields that were given; a wrong one is a 400 naming it.
 */
export function normaliseDatasetFields(input: DatasetInput): DatasetInput {
  const out: DatasetInput = {};
  if (input.title !== undefined) {
    const title = typeof input.title === 'string' ? input.title.trim() : '';
    if (!title) throw invalid('title', 'title must not be blank');
    if (title.length > MAX_TITLE_LENGTH)
      throw invalid('title', `title must be at most ${MAX_TITLE_LENGTH} characters`);
    out.title = title;
  }
  const texts: Array<[keyof DatasetInput, number]> = [
    ['description', MAX_TEXT_LENGTH],
    ['sourceSystem', MAX_SHORT_TEXT_LENGTH],
    ['attributionText', MAX_SHORT_TEXT_LENGTH],
    ['portalId', MAX_SHORT_TEXT_LENGTH],
    ['contactPointName', MAX_SHORT_TEXT_LENGTH],
  ];
  for (const [field, max] of texts) {
    const text = optionalText(input, field, max);
    if (text !== undefined) (out as Record<string, unknown>)[field] = text;
  }
  for (const field of ['departmentId', 'ownerUserId', 'modelDatasetId'] as const) {
    const id = input[field];
    if (id === undefined) continue;
    if (id === null && field === 'departmentId') throw invalid(field, 'departmentId is required', 'isUuid');
    if (id !== null && (typeof id !== 'string' || !UUID.test(id)))
      throw invalid(field, `${field} must be an id`, 'isUuid');
    out[field] = id as string;
  }
  if (input.license !== undefined) {
    if (input.license !== null && !LICENSE_KEYS.includes(input.license as License)) {
      throw invalid('license', `license must be one of ${LICENSE_KEYS.join(', ')}`, 'isIn');
    }
    out.license = input.license;
  }
  if (input.accrualPeriodicity !== undefined) {
    if (input.accrualPeriodicity !== null && !FREQUENCIES.includes(input.accrualPeriodicity as Frequency)) {
      throw invalid(
        'accrualPeriodicity',
        `accrualPeriodicity must be one of ${FREQUENCIES.join(', ')}`,
        'isIn',
      );
    }
    out.accrualPeriodicity = input.accrualPeriodicity;
  }
  if (input.classification !== undefined) {
    if (!DATASET_CLASSIFICATIONS.includes(input.classification)) {
      throw invalid(
        'classification',
        `classification must be one of ${DATASET_CLASSIFICATIONS.join(', ')}`,
        'isIn',
      );
    }
    out.classification = input.classification;
  }
  if (input.containsPersonalData !== undefined) {
    if (typeof input.containsPersonalData !== 'boolean') {
      throw invalid('containsPersonalData', 'containsPersonalData must be true or false', 'isBoolean');
    }
    out.containsPersonalData = input.containsPersonalData;
  }
  if (input.themes !== undefined) {
    if (!Array.isArray(input.themes) || input.themes.some((t) => !DATA_THEMES.includes(t as DataTheme))) {
      throw invalid('themes', `themes must be codes of ${DATA_THEMES.join(', ')}`, 'isIn');
    }
    out.themes = [...new Set(input.themes)];
  }
  const keywords = list(input, 'keywords');
  if (keywords) out.keywords = keywords;
  const formats = list(input, 'formats');
  if (formats) out.formats = formats;
  const email = optionalText(input, 'contactPointEmail', MAX_SHORT_TEXT_LENGTH);
  if (email !== undefined) {
    if (email !== null && !EMAIL.test(email))
      throw invalid('contactPointEmail', 'contactPointEmail must be an email address', 'isEmail');
    out.contactPointEmail = email;
  }
  for (const field of ['portalUrl', 'landingPage'] as const) {
    const url = optionalText(input, field, 2000);
    if (url === undefined) continue;
    if (url !== null && !isHttpUrl(url))
      throw invalid(field, `${field} must be an http or https URL`, 'isUrl');
    out[field] = url;
  }
  for (const field of ['plannedPublicationDate', 'temporalStart', 'temporalEnd'] as const) {
    const day = optionalText(input, field, 10);
    if (day === undefined) continue;
    if (day !== null && !isIsoDay(day))
      throw invalid(field, `${field} must be a date (YYYY-MM-DD)`, 'isIso8601');
    out[field] = day;
  }
  return out;
}

/** Rules over the whole record after a change: the attribution text and the order of the period. */
export function checkDatasetRecord(record: {
  license: License | null;
  attributionText: string | null;
  temporalStart: string | null;
  temporalEnd: string | null;
}): void {
  if (record.license && licenseNeedsAttribution(record.license) && !record.attributionText?.trim()) {
    throw fieldError(
      'attributionText',
      FIELD_ERROR_CODES.attributionRequired,
      `the licence ${record.license} asks for attribution: attributionText must not be empty`,
    );
  }
  if (record.temporalStart && record.temporalEnd && record.temporalEnd < record.temporalStart) {
    throw invalid('temporalEnd', 'temporalEnd must not be before temporalStart');
  }
}
