import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CreateObjectionCommentRequest,
  CreateObjectionRequest,
  ObjectionDto,
  ObjectionPage,
  ObjectionQuery,
  UpdateObjectionRequest,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';

/** The query as URL parameters: only what is set (the API reads the same names). */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params = params.set(key, String(value));
  }
  return params;
}

/** Objections (Vorbehalte) as the API scopes them: department heads get only their departments'. */
@Injectable({ providedIn: 'root' })
export class ObjectionsService {
  private readonly http = inject(HttpClient);

  list(query: ObjectionQuery): Observable<ObjectionPage> {
    return this.http.get<ObjectionPage>(API_ROUTES.objections, { params: queryParams(query) });
  }

  create(request: CreateObjectionRequest): Observable<ObjectionDto> {
    return this.http.post<ObjectionDto>(API_ROUTES.objections, request);
  }

  /** `request.version` must be the version last seen; a stale one answers 409. */
  update(id: string, request: UpdateObjectionRequest): Observable<ObjectionDto> {
    return this.http.patch<ObjectionDto>(this.path(id), request);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(this.path(id));
  }

  comment(id: string, request: CreateObjectionCommentRequest): Observable<ObjectionDto> {
    return this.http.post<ObjectionDto>(`${this.path(id)}/comments`, request);
  }

  private path(id: string): string {
    return `${API_ROUTES.objections}/${encodeURIComponent(id)}`;
  }
}
