import { Params } from '@angular/router';
import { InterviewAnalysisQuery } from '@datenlotse/contracts';

/** The analysis' filters as the URL holds them: the same names the API reads. */
export interface AnalysisFilters {
  /** A Dezernat or any other unit: its interviews and those of its sub-units. */
  dezernatId?: string;
  /** Days (YYYY-MM-DD), both inclusive. */
  from?: string;
  to?: string;
  /** Another questionnaire than the default one (only reachable by link for now). */
  templateId?: string;
}

export const ANALYSIS_PARAM_KEYS: readonly (keyof AnalysisFilters)[] = [
  'dezernatId',
  'from',
  'to',
  'templateId',
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function id(value: unknown): string | undefined {
  return typeof value === 'string' && UUID.test(value.trim()) ? value.trim() : undefined;
}

/** A real calendar day; "2025-02-31" or "gestern" are ignored rather than sent to the API. */
function day(value: unknown): string | undefined {
  const match = typeof value === 'string' ? DAY.exec(value.trim()) : null;
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3])
    ? match[0]
    : undefined;
}

function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** Reads the filters from the URL; malformed values are dropped, so an edited link still opens. */
export function analysisFiltersFromParams(params: Params): AnalysisFilters {
  return defined({
    dezernatId: id(params['dezernatId']),
    from: day(params['from']),
    to: day(params['to']),
    templateId: id(params['templateId']),
  });
}

/** The URL parameters of the filters (only those set: short links). */
export function paramsFromAnalysisFilters(filters: AnalysisFilters): Params {
  return analysisFiltersFromParams(filters as Params);
}

/** The API query: the same names, only what is set. */
export function analysisQueryOf(filters: AnalysisFilters): InterviewAnalysisQuery {
  return { ...analysisFiltersFromParams(filters as Params) };
}

export const sameAnalysisFilters = (a: AnalysisFilters, b: AnalysisFilters): boolean =>
  JSON.stringify(paramsFromAnalysisFilters(a)) === JSON.stringify(paramsFromAnalysisFilters(b));

/** Whole percent of `part` in `whole` (0 when nothing was answered). */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}
