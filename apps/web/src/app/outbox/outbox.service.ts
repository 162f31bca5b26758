import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, OutboxMailDto, OutboxMailPreview, OutboxPage, OutboxQuery } from '@datenlotse/contracts';
import { queryParams } from '../core/query-params';
import { Observable } from 'rxjs';

function mailPath(id: string, action: 'preview' | 'resend' | 'cancel'): string {
  return `${API_ROUTES.outbox}/${encodeURIComponent(id)}/${action}`;
}

/** The outbox: the mails Datenlotse sends, their rendered parts, sending again and cancelling. */
@Injectable({ providedIn: 'root' })
export class OutboxService {
  private readonly http = inject(HttpClient);

  list(query: OutboxQuery): Observable<OutboxPage> {
    const params = queryParams(query);
    return this.http.get<OutboxPage>(API_ROUTES.outbox, { params });
  }

  preview(id: string): Observable<OutboxMailPreview> {
    return this.http.get<OutboxMailPreview>(mailPath(id, 'preview'));
  }

  /** A failed or cancelled mail goes back to pending, to be sent at once. */
  resend(mail: Pick<OutboxMailDto, 'id' | 'version'>): Observable<OutboxMailDto> {
    // The version read: a mail someone else has acted on meanwhile answers 409.
    return this.http.post<OutboxMailDto>(mailPath(mail.id, 'resend'), { version: mail.version });
  }

  /** A pending mail is not sent. */
  cancel(mail: Pick<OutboxMailDto, 'id' | 'version'>): Observable<OutboxMailDto> {
    return this.http.post<OutboxMailDto>(mailPath(mail.id, 'cancel'), { version: mail.version });
  }
}
