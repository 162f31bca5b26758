import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  AuditEventDto,
  CreateUserRequest,
  CreateUserResponse,
  UpdateUserRequest,
  UserDto,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES } from '../core/api-error';

@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly http = inject(HttpClient);

  list(): Observable<UserDto[]> {
    return this.http.get<UserDto[]>(API_ROUTES.users);
  }

  create(request: CreateUserRequest): Observable<CreateUserResponse> {
    return this.http.post<CreateUserResponse>(API_ROUTES.users, request);
  }

  /** `request.version` must be the version last seen; a stale one answers 409. */
  update(id: string, request: UpdateUserRequest): Observable<UserDto> {
    return this.http.patch<UserDto>(`${API_ROUTES.users}/${encodeURIComponent(id)}`, request);
  }

  /** A user's audit trail; the dialog shows its own notice when it is unavailable. */
  history(id: string): Observable<AuditEventDto[]> {
    return this.http.get<AuditEventDto[]>(API_ROUTES.audit, {
      params: new HttpParams().set('entity', 'user').set('entityId', id),
      context: new HttpContext().set(HANDLED_STATUSES, [400, 403, 404]),
    });
  }
}
