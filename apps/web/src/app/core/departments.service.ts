import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, DepartmentDto } from '@datenlotse/contracts';
import { Observable } from 'rxjs';

/** Departments as the API scopes them for the signed-in user (heads get only theirs). */
@Injectable({ providedIn: 'root' })
export class DepartmentsService {
  private readonly http = inject(HttpClient);

  list(): Observable<DepartmentDto[]> {
    return this.http.get<DepartmentDto[]>(API_ROUTES.departments);
  }
}
