import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CreateInteractionRequest,
  CursorPage,
  InteractionDto,
  TimelineEntry,
  TimelineFilter,
  UpdateInteractionRequest,
  departmentTimelinePath,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';

export interface TimelinePageRequest {
  cursor?: string | null;
  limit?: number;
  /** Empty: every type. */
  types?: readonly TimelineFilter[];
}

/** A department's timeline and the interactions logged on it. */
@Injectable({ providedIn: 'root' })
export class TimelineService {
  private readonly http = inject(HttpClient);

  page(departmentId: string, request: TimelinePageRequest = {}): Observable<CursorPage<TimelineEntry>> {
    let params = new HttpParams();
    if (request.cursor) params = params.set('cursor', request.cursor);
    if (request.limit) params = params.set('limit', request.limit);
    if (request.types && request.types.length > 0) params = params.set('types', request.types.join(','));
    return this.http.get<CursorPage<TimelineEntry>>(departmentTimelinePath(departmentId), { params });
  }

  create(request: CreateInteractionRequest): Observable<InteractionDto> {
    return this.http.post<InteractionDto>(API_ROUTES.interactions, request);
  }

  update(id: string, request: UpdateInteractionRequest): Observable<InteractionDto> {
    return this.http.patch<InteractionDto>(`${API_ROUTES.interactions}/${encodeURIComponent(id)}`, request);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${API_ROUTES.interactions}/${encodeURIComponent(id)}`);
  }
}
