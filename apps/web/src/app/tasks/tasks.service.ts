import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  CreateTaskRequest,
  Page,
  TaskCount,
  TaskDto,
  TaskQuery,
  UpdateTaskRequest,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';

/** Follow-up tasks. */
@Injectable({ providedIn: 'root' })
export class TasksService {
  private readonly http = inject(HttpClient);

  list(query: TaskQuery): Observable<Page<TaskDto>> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(name, String(value));
    }
    return this.http.get<Page<TaskDto>>(API_ROUTES.tasks, { params });
  }

  count(): Observable<TaskCount> {
    return this.http.get<TaskCount>(API_ROUTES.taskCount);
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
