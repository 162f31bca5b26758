import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CreateDatasetRequest,
  CursorPage,
  DatasetBoardColumn,
  DatasetDto,
  DatasetPage,
  DatasetQuery,
  DatasetTransitionDto,
  DatasetTransitionRequest,
  ModelDatasetSuggestion,
  TimelineEntry,
  UpdateDatasetRequest,
  datasetPath,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES } from '../core/api-error';

/** The query as URL parameters: only the filters that are set (the API reads the same names). */
export function datasetQueryParams(query: DatasetQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params = params.set(key, String(value));
  }
  return params;
}

/** The datasets of the pipeline, as the API scopes them for the signed-in user (heads get only theirs). */
@Injectable({ providedIn: 'root' })
export class DatasetsService {
  private readonly http = inject(HttpClient);

  list(query: DatasetQuery): Observable<DatasetPage> {
    return this.http.get<DatasetPage>(API_ROUTES.datasets, { params: datasetQueryParams(query) });
  }

  board(query: DatasetQuery): Observable<DatasetBoardColumn[]> {
    return this.http.get<DatasetBoardColumn[]>(API_ROUTES.datasetBoard, {
      params: datasetQueryParams(query),
    });
  }

  /** An unknown dataset (or one outside a head's departments) answers 404; the page says so itself. */
  get(id: string): Observable<DatasetDto> {
    return this.http.get<DatasetDto>(datasetPath(encodeURIComponent(id)), {
      context: new HttpContext().set(HANDLED_STATUSES, [404]),
    });
  }

  create(request: CreateDatasetRequest): Observable<DatasetDto> {
    return this.http.post<DatasetDto>(API_ROUTES.datasets, request);
  }

  /** `request.version` must be the version last seen; a stale one answers 409. */
  update(id: string, request: UpdateDatasetRequest): Observable<DatasetDto> {
    return this.http.patch<DatasetDto>(datasetPath(encodeURIComponent(id)), request);
  }

  /**
   * Moves the dataset to another stage. A refused move answers 409 with the rule (DatasetTransitionRefusal);
   * the caller words it, so the interceptor leaves 409 alone.
   */
  transition(id: string, request: DatasetTransitionRequest): Observable<DatasetDto> {
    return this.http.post<DatasetDto>(datasetPath(encodeURIComponent(id), 'transitions'), request, {
      context: new HttpContext().set(HANDLED_STATUSES, [409]),
    });
  }

  history(id: string): Observable<DatasetTransitionDto[]> {
    return this.http.get<DatasetTransitionDto[]>(datasetPath(encodeURIComponent(id), 'history'));
  }

  /** The timeline newest first, page by page: `cursor` is the previous page's `nextCursor`. */
  timeline(
    id: string,
    page: { cursor?: string | null; limit?: number } = {},
  ): Observable<CursorPage<TimelineEntry>> {
    let params = new HttpParams();
    if (page.cursor) params = params.set('cursor', page.cursor);
    if (page.limit) params = params.set('limit', page.limit);
    return this.http.get<CursorPage<TimelineEntry>>(datasetPath(encodeURIComponent(id), 'timeline'), {
      params,
    });
  }

  /** Where the dataset's DCAT-AP.de JSON-LD can be read. */
  dcatUrl(id: string): string {
    return datasetPath(encodeURIComponent(id), 'dcat');
  }

  /**
   * Model datasets whose names resemble a title. Suggestions are an aid while typing: a failure is not
   * toasted, the list simply stays empty.
   */
  suggestModelDatasets(title: string): Observable<ModelDatasetSuggestion[]> {
    return this.http.get<ModelDatasetSuggestion[]>(API_ROUTES.modelDatasetSuggest, {
      params: { title },
      context: new HttpContext().set(HANDLED_STATUSES, [0, 400, 403, 404, 500, 502, 503]),
    });
  }
}
