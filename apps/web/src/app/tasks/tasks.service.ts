import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CreateTaskRequest,
  TaskCount,
  TaskDto,
  TaskPage,
  TaskQuery,
  UpdateTaskRequest,
} from '@datenlotse/contracts';
import { queryParams } from '../core/query-params';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES } from '../core/api-error';

/** Every failure but a 401 (which still leads to the sign-in page). */
const SILENT_STATUSES = [0, 403, 404, 429, 500, 502, 503, 504];

/** Follow-up tasks. */
@Injectable({ providedIn: 'root' })
export class TasksService {
  private readonly http = inject(HttpClient);

  list(query: TaskQuery): Observable<TaskPage> {
    const params = queryParams(query);
    return this.http.get<TaskPage>(API_ROUTES.tasks, { params });
  }

  /** For the badge: an extra that stays silent when it cannot be read (the next navigation asks again). */
  count(): Observable<TaskCount> {
    return this.http.get<TaskCount>(API_ROUTES.taskCount, {
      context: new HttpContext().set(HANDLED_STATUSES, SILENT_STATUSES),
    });
  }

  create(request: CreateTaskRequest): Observable<TaskDto> {
    return this.http.post<TaskDto>(API_ROUTES.tasks, request);
  }

  /** `request.version` must be the version last seen; a stale one answers 409. */
  update(id: string, request: UpdateTaskRequest): Observable<TaskDto> {
    return this.http.patch<TaskDto>(`${API_ROUTES.tasks}/${encodeURIComponent(id)}`, request);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${API_ROUTES.tasks}/${encodeURIComponent(id)}`);
  }
}
