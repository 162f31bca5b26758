import { Params } from '@angular/router';
import {
  DEPARTMENT_KINDS,
  DEPARTMENT_TABLE_SORTS,
  DepartmentTableQuery,
  DepartmentTableSort,
  ENGAGEMENT_STAGES,
  SortOrder,
} from '@datenlotse/contracts';

export const TABLE_PAGE_SIZE = 50;

/** The choices of the "no contact for N days" filter. */
export const NO_CONTACT_DAYS = [30, 90, 180, 365] as const;

/** The query parameters that belong to the table (the page around it may have its own). */
export const TABLE_PARAM_KEYS: readonly string[] = [
  'q',
  'stage',
  'owner',
  'dezernatId',
  'tag',
  'kind',
  'noContactDays',
  'includeArchived',
  'sort',
  'order',
  'page',
];

/** The filters a user sets (everything but sort and page). */
export type DepartmentTableFilters = Pick<
  DepartmentTableQuery,
  'q' | 'stage' | 'owner' | 'dezernatId' | 'tag' | 'kind' | 'noContactDays' | 'includeArchived'
>;

/** A table view as the URL holds it: filters, sort and the page (1 = first). */
export interface DepartmentTableView {
  filters: DepartmentTableFilters;
  sort?: DepartmentTableSort;
  order?: SortOrder;
  page: number;
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

/** Drops the keys whose value is undefined, so views compare and serialise cleanly. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Reads a view from the URL's query parameters (the same names as the API's query, plus `page`).
 * Unknown or malformed values are ignored, so a hand-edited or outdated link still opens a sensible view.
 */
export function tableViewFromParams(params: Params): DepartmentTableView {
  return {
    filters: defined({
      q: text(params['q']),
      stage: oneOf(ENGAGEMENT_STAGES, params['stage']),
      owner: params['owner'] === 'none' ? 'none' : id(params['owner']),
      dezernatId: id(params['dezernatId']),
      tag: text(params['tag']),
      kind: oneOf(DEPARTMENT_KINDS, params['kind']),
      noContactDays: positiveInteger(params['noContactDays']),
      includeArchived: params['includeArchived'] === 'true' ? true : undefined,
    }),
    ...defined({
      sort: oneOf(DEPARTMENT_TABLE_SORTS, params['sort']),
      order: oneOf(['asc', 'desc'] as const, params['order']),
    }),
    page: positiveInteger(params['page']) ?? 1,
  };
}

/** The query parameters of a view: only what differs from the default view (short, shareable links). */
export function paramsFromTableView(view: DepartmentTableView): Params {
  const { filters } = view;
  return defined({
    q: text(filters.q),
    stage: filters.stage,
    owner: text(filters.owner),
    dezernatId: text(filters.dezernatId),
    tag: text(filters.tag),
    kind: filters.kind,
    noContactDays: filters.noContactDays ? String(filters.noContactDays) : undefined,
    includeArchived: filters.includeArchived ? 'true' : undefined,
    sort: view.sort,
    order: view.sort ? view.order : undefined,
    page: view.page > 1 ? String(view.page) : undefined,
  });
}

/** The API query of a view: its filters and sort, one page of TABLE_PAGE_SIZE rows. */
export function tableQueryOf(view: DepartmentTableView): DepartmentTableQuery {
  return defined({
    ...view.filters,
    sort: view.sort,
    order: view.sort ? view.order : undefined,
    limit: TABLE_PAGE_SIZE,
    offset: (view.page - 1) * TABLE_PAGE_SIZE,
  });
}

/** How many filters are set (shown on the "Filter" button on phones). */
export function activeFilterCount(filters: DepartmentTableFilters): number {
  return Object.values(defined(filters)).filter((value) => value !== false).length;
}
