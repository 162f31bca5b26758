import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  ArgumentDto,
  ArgumentQuery,
  CreateArgumentRequest,
  UpdateArgumentRequest,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { queryParams } from '../objections/objections.service';

/** The argument library (team and admin write it, management reads it, department heads do not see it). */
@Injectable({ providedIn: 'root' })
export class ArgumentsService {
  private readonly http = inject(HttpClient);

  list(query: ArgumentQuery = {}): Observable<ArgumentDto[]> {
    return this.http.get<ArgumentDto[]>(API_ROUTES.arguments, { params: queryParams(query) });
  }

  create(request: CreateArgumentRequest): Observable<ArgumentDto> {
    return this.http.post<ArgumentDto>(API_ROUTES.arguments, request);
  }

  /** `request.version` must be the version last seen; a stale one answers 409. `archived` archives it. */
  update(id: string, request: UpdateArgumentRequest): Observable<ArgumentDto> {
    return this.http.patch<ArgumentDto>(`${API_ROUTES.arguments}/${encodeURIComponent(id)}`, request);
  }
}
