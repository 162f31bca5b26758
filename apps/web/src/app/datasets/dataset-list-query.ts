import { Params } from '@angular/router';
import {
  DATASET_OBJECTION_FILTERS,
  DATASET_SORTS,
  DATASET_STAGES,
  DatasetObjectionFilter,
  DatasetQuery,
  DatasetSort,
  DatasetStage,
  SortOrder,
} from '@datenlotse/contracts';

export const DATASET_PAGE_SIZE = 50;

export const DATASET_VIEWS = ['table', 'board'] as const;
export type DatasetView = (typeof DATASET_VIEWS)[number];

/** The filters a user sets (everything but sort, page and view). */
export interface DatasetFilters {
  q?: string;
  stages?: DatasetStage[];
  departmentId?: string;
  dezernatId?: string;
  /** A user id, `me` or `none`. */
  owner?: string;
  objections?: DatasetObjectionFilter;
  overdue?: boolean;
  /** A model dataset id, or `any` / `none`. */
  modelDataset?: string;
}

/** The list as the URL holds it: filters, sort, page (1 = first) and table or board. */
export interface DatasetListView {
  filters: DatasetFilters;
  sort?: DatasetSort;
  order?: SortOrder;
  page: number;
  view: DatasetView;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function id(value: unknown): string | undefined {
  const candidate = text(value);
  return candidate && UUID.test(candidate) ? candidate : undefined;
}

/** An id, or one of the words the API reads in its place (`me`, `none`, `any`). */
function idOr(words: readonly string[], value: unknown): string | undefined {
  return typeof value === 'string' && words.includes(value) ? value : id(value);
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

function positiveInteger(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 && Number.isSafeInteger(number) ? number : undefined;
}

/** `in_review,published` ⇒ the known stages, in the pipeline's order, each once. */
function stages(value: unknown): DatasetStage[] | undefined {
  if (typeof value !== 'string') return undefined;
  const named = value.split(',').map((stage) => stage.trim());
  const known = DATASET_STAGES.filter((stage) => named.includes(stage));
  return known.length > 0 ? known : undefined;
}

/** Drops the keys whose value is undefined, so views compare and serialise cleanly. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Reads a view from the URL's query parameters (the API's names, plus `page` and `view`). Unknown or
 * malformed values are ignored, so a hand-edited or outdated link still opens a sensible view.
 */
export function datasetViewFromParams(params: Params): DatasetListView {
  return {
    filters: defined({
      q: text(params['q']),
      stages: stages(params['stages']),
      departmentId: id(params['departmentId']),
      dezernatId: id(params['dezernatId']),
      owner: idOr(['me', 'none'], params['owner']),
      objections: oneOf(DATASET_OBJECTION_FILTERS, params['objections']),
      overdue: params['overdue'] === 'true' ? true : undefined,
      modelDataset: idOr(['any', 'none'], params['modelDataset']),
    }),
    ...defined({
      sort: oneOf(DATASET_SORTS, params['sort']),
      order: oneOf(['asc', 'desc'] as const, params['order']),
    }),
    page: positiveInteger(params['page']) ?? 1,
    view: oneOf(DATASET_VIEWS, params['view']) ?? 'table',
  };
}

/** The query parameters of a view: only what differs from the default view (short, shareable links). */
export function paramsFromDatasetView(view: DatasetListView): Params {
  const { filters } = view;
  return defined({
    view: view.view === 'board' ? 'board' : undefined,
    q: text(filters.q),
    stages: filters.stages && filters.stages.length > 0 ? filters.stages.join(',') : undefined,
    departmentId: text(filters.departmentId),
    dezernatId: text(filters.dezernatId),
    owner: text(filters.owner),
    objections: filters.objections,
    overdue: filters.overdue ? 'true' : undefined,
    modelDataset: text(filters.modelDataset),
    sort: view.sort,
    order: view.sort ? view.order : undefined,
    // The board shows every stage at once: it has no pages.
    page: view.view === 'table' && view.page > 1 ? String(view.page) : undefined,
  });
}

/** The filters as the API reads them (shared by the table and the board). */
export function filterQueryOf(filters: DatasetFilters): DatasetQuery {
  return defined({
    q: text(filters.q),
    stages: filters.stages && filters.stages.length > 0 ? filters.stages.join(',') : undefined,
    departmentId: filters.departmentId,
    dezernatId: filters.dezernatId,
    owner: filters.owner,
    objections: filters.objections,
    overdue: filters.overdue ? true : undefined,
    modelDataset: filters.modelDataset,
  });
}

/** The API query of the table: its filters and sort, one page of DATASET_PAGE_SIZE rows. */
export function datasetQueryOf(view: DatasetListView): DatasetQuery {
  return defined({
    ...filterQueryOf(view.filters),
    sort: view.sort,
    order: view.sort ? view.order : undefined,
    limit: DATASET_PAGE_SIZE,
    offset: (view.page - 1) * DATASET_PAGE_SIZE,
  });
}

/** The API query of the board: the same filters, no pages (each column brings its first cards). */
export function boardQueryOf(view: DatasetListView): DatasetQuery {
  return defined({
    ...filterQueryOf(view.filters),
    sort: view.sort,
    order: view.sort ? view.order : undefined,
  });
}

/** How many filters are set (shown on the "Filter" button on phones). */
export function activeFilterCount(filters: DatasetFilters): number {
  return Object.values(defined(filters)).filter((value) => value !== false).length;
}

export const sameDatasetView = (a: DatasetListView, b: DatasetListView): boolean =>
  JSON.stringify(paramsFromDatasetView(a)) === JSON.stringify(paramsFromDatasetView(b));
