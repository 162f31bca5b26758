import { Params } from '@angular/router';
import { MODEL_DATASET_COVERAGE, ModelDatasetCoverage, ModelDatasetQuery } from '@datenlotse/contracts';

/** The gap list's filters as the URL holds them (`?theme=…&q=…&coverage=missing`). */
export interface GapListView {
  theme?: string;
  q?: string;
  coverage: ModelDatasetCoverage;
}

export const DEFAULT_GAP_LIST_VIEW: GapListView = { coverage: 'all' };

/** The API's limit for a theme or search; a longer one from a hand-edited link is cut, not refused. */
const MAX_TEXT = 200;

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, MAX_TEXT);
  return trimmed === '' ? undefined : trimmed;
}

function coverage(value: unknown): ModelDatasetCoverage {
  return typeof value === 'string' && (MODEL_DATASET_COVERAGE as readonly string[]).includes(value)
    ? (value as ModelDatasetCoverage)
    : 'all';
}

/** Reads the filters from the URL; unknown or malformed values fall back to "all", so old links still open. */
export function gapListViewFromParams(params: Params): GapListView {
  const view: GapListView = { coverage: coverage(params['coverage']) };
  const theme = text(params['theme']);
  const q = text(params['q']);
  if (theme) view.theme = theme;
  if (q) view.q = q;
  return view;
}

/** Only what differs from the default view: short links to share ("our gaps in Sicherheit"). */
export function paramsFromGapListView(view: GapListView): Params {
  const params: Params = {};
  const theme = text(view.theme);
  const q = text(view.q);
  if (theme) params['theme'] = theme;
  if (q) params['q'] = q;
  if (view.coverage !== 'all') params['coverage'] = view.coverage;
  return params;
}

/** The API query of a view (the API reads the same names; "all" is its default). */
export function gapListQueryOf(view: GapListView): ModelDatasetQuery {
  const query: ModelDatasetQuery = {};
  if (view.theme) query.theme = view.theme;
  if (view.q) query.q = view.q;
  if (view.coverage !== 'all') query.coverage = view.coverage;
  return query;
}

export function sameGapListView(a: GapListView, b: GapListView): boolean {
  return a.theme === b.theme && a.q === b.q && a.coverage === b.coverage;
}

export function isFiltered(view: GapListView): boolean {
  return !sameGapListView(view, DEFAULT_GAP_LIST_VIEW);
}
