import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CreateDepartmentRequest,
  DepartmentDto,
  UpdateDepartmentRequest,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';

/** Departments as the API scopes them for the signed-in user (heads get only theirs). */
@Injectable({ providedIn: 'root' })
export class DepartmentsService {
  private readonly http = inject(HttpClient);

  list(): Observable<DepartmentDto[]> {
    return this.http.get<DepartmentDto[]>(API_ROUTES.departments);
  }

  create(request: CreateDepartmentRequest): Observable<DepartmentDto> {
    return this.http.post<DepartmentDto>(API_ROUTES.departments, request);
  }

  /** `request.version` must be the version last seen; a stale one answers 409. */
  update(id: string, request: UpdateDepartmentRequest): Observable<DepartmentDto> {
    return this.http.patch<DepartmentDto>(`${API_ROUTES.departments}/${encodeURIComponent(id)}`, request);
  }
}
