import { SEARCH_HIT_KINDS, SearchHit, SearchHitKind, SearchResponse } from '@datenlotse/contracts';
import {
  Observable,
  SchedulerLike,
  asyncScheduler,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';

/** Long enough to skip the letters of a word typed in one go, short enough to feel like an answer. */
export const SEARCH_DEBOUNCE_MS = 150;
/** One letter finds too much to be useful (and the API answers it with nothing). */
export const SEARCH_MIN_LENGTH = 2;

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'ready'; query: string; hits: SearchHit[] }
  | { status: 'error'; query: string };

/**
 * Search as you type: waits until the typing pauses, asks only for queries of at least two characters and
 * only when the query changed, and drops the answer to an older query when a newer one is asked (switchMap
 * unsubscribes, which cancels the HTTP request).
 */
export function liveSearch(
  input: Observable<string>,
  search: (query: string) => Observable<SearchResponse>,
  scheduler: SchedulerLike = asyncScheduler,
): Observable<SearchState> {
  return input.pipe(
    map((text) => text.trim()),
    debounceTime(SEARCH_DEBOUNCE_MS, scheduler),
    distinctUntilChanged(),
    switchMap((query): Observable<SearchState> => {
      if (query.length < SEARCH_MIN_LENGTH) return of({ status: 'idle' });
      return search(query).pipe(
        map((response): SearchState => ({ status: 'ready', query, hits: response.hits })),
        catchError(() => of<SearchState>({ status: 'error', query })),
        startWith<SearchState>({ status: 'loading', query }),
      );
    }),
  );
}

export interface SearchGroup {
  kind: SearchHitKind;
  hits: SearchHit[];
}

/** Hits grouped by kind (units, contacts, interactions), each group in the API's rank order; empty groups left out. */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  return SEARCH_HIT_KINDS.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind) })).filter(
    (group) => group.hits.length > 0,
  );
}

/** Where a hit opens: its department's page, pointing at the contact or interaction. */
export function hitLink(hit: SearchHit): { path: string[]; fragment?: string } | null {
  if (hit.kind === 'department') return { path: ['/organisation', hit.id] };
  if (!hit.departmentId) return null;
  return { path: ['/organisation', hit.departmentId], fragment: `${hit.kind}-${hit.id}` };
}
