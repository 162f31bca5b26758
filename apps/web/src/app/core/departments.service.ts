import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CreateDepartmentRequest,
  DepartmentDto,
  DepartmentRowDto,
  DepartmentTableQuery,
  Page,
  SetEngagementStageRequest,
  UpdateDepartmentRequest,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES } from './api-error';

export type ExportFormat = 'csv' | 'xlsx';

/** The query as URL parameters: only the filters that are set (the API reads the same names). */
export function departmentTableParams(query: DepartmentTableQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params = params.set(key, String(value));
  }
  return params;
}

/** Departments as the API scopes them for the signed-in user (heads get only theirs). */
@Injectable({ providedIn: 'root' })
export class DepartmentsService {
  private readonly http = inject(HttpClient);

  list(options: { includeArchived?: boolean } = {}): Observable<DepartmentDto[]> {
    const params = options.includeArchived ? { includeArchived: 'true' } : undefined;
    return this.http.get<DepartmentDto[]>(API_ROUTES.departments, { params });
  }

  /** An unknown unit (or one outside a head's departments) answers 404; the page says so itself. */
  get(id: string): Observable<DepartmentDto> {
    return this.http.get<DepartmentDto>(this.path(id), {
      context: new HttpContext().set(HANDLED_STATUSES, [404]),
    });
  }

  create(request: CreateDepartmentRequest): Observable<DepartmentDto> {
    return this.http.post<DepartmentDto>(API_ROUTES.departments, request);
  }

  /** `request.version` must be the version last seen; a stale one answers 409. */
  update(id: string, request: UpdateDepartmentRequest): Observable<DepartmentDto> {
    return this.http.patch<DepartmentDto>(this.path(id), request);
  }

  /** Sets the manual engagement stage (with a reason) or, with `stage: null`, goes back to the derived one. */
  setStage(id: string, request: SetEngagementStageRequest): Observable<DepartmentDto> {
    return this.http.patch<DepartmentDto>(`${this.path(id)}/stage`, request);
  }

  archive(id: string, version: number): Observable<DepartmentDto> {
    return this.http.post<DepartmentDto>(`${this.path(id)}/archive`, { version });
  }

  unarchive(id: string, version: number): Observable<DepartmentDto> {
    return this.http.post<DepartmentDto>(`${this.path(id)}/unarchive`, { version });
  }

  /** A unit that still has contacts or records answers 409 with the reason; the caller shows it. */
  delete(id: string): Observable<void> {
    return this.http.delete<void>(this.path(id), {
      context: new HttpContext().set(HANDLED_STATUSES, [409]),
    });
  }

  table(query: DepartmentTableQuery): Observable<Page<DepartmentRowDto>> {
    return this.http.get<Page<DepartmentRowDto>>(API_ROUTES.departmentTable, {
      params: departmentTableParams(query),
    });
  }

  /** The address that downloads the view (same filters and order, every page) as a file. */
  exportUrl(query: DepartmentTableQuery, format: ExportFormat): string {
    const params = departmentTableParams({ ...query, limit: undefined, offset: undefined }).set(
      'format',
      format,
    );
    return `${API_ROUTES.departmentTableExport}?${params.toString()}`;
  }

  private path(id: string): string {
    return `${API_ROUTES.departments}/${encodeURIComponent(id)}`;
  }
}
