import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, ImportDto, ImportKind, ImportMapping, ImportReport } from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES } from '../core/api-error';

/** The wizard words a 400 itself (at the file, at the mapping, as a report): no toast for it. */
const OWN_400 = new HttpContext().set(HANDLED_STATUSES, [400]);

/** Imports of departments and contacts: upload, dry run, run (in the background), progress, undo. */
@Injectable({ providedIn: 'root' })
export class ImportsService {
  private readonly http = inject(HttpClient);

  upload(kind: ImportKind, file: File): Observable<ImportDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportDto>(API_ROUTES.imports, body, {
      params: new HttpParams().set('kind', kind),
      context: OWN_400,
    });
  }

  dryRun(id: string, mapping: ImportMapping): Observable<ImportReport> {
    return this.http.post<ImportReport>(`${this.path(id)}/dry-run`, { mapping }, { context: OWN_400 });
  }

  /** Answers 202 with the import once it runs, or 400 with a `report` when rows would be rejected. */
  run(id: string, mapping: ImportMapping): Observable<ImportDto> {
    return this.http.post<ImportDto>(`${this.path(id)}/run`, { mapping }, { context: OWN_400 });
  }

  get(id: string): Observable<ImportDto> {
    return this.http.get<ImportDto>(this.path(id));
  }

  /** The most recent imports, newest first. */
  list(): Observable<ImportDto[]> {
    return this.http.get<ImportDto[]>(API_ROUTES.imports);
  }

  /** Refused with 409 and a reason (e.g. already undone); the caller shows it. */
  undo(id: string): Observable<ImportDto> {
    return this.http.post<ImportDto>(
      `${this.path(id)}/undo`,
      {},
      {
        context: new HttpContext().set(HANDLED_STATUSES, [409]),
      },
    );
  }

  private path(id: string): string {
    return `${API_ROUTES.imports}/${encodeURIComponent(id)}`;
  }
}
