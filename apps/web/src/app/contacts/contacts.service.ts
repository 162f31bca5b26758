import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  ContactDto,
  ContactExport,
  ContactPage,
  ContactQuery,
  CreateContactRequest,
  UpdateContactRequest,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES } from '../core/api-error';

/** Contacts as the API scopes them for the signed-in user (heads get only those of their departments). */
@Injectable({ providedIn: 'root' })
export class ContactsService {
  private readonly http = inject(HttpClient);

  list(query: ContactQuery): Observable<ContactPage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query) as [string, unknown][]) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<ContactPage>(API_ROUTES.contacts, { params });
  }

  /**
   * A create that looks like an existing contact answers 409 with `duplicates` (see DuplicateContactsError);
   * the dialog shows them itself, so that 409 is not toasted. `confirmDuplicate` creates it anyway.
   */
  create(request: CreateContactRequest): Observable<ContactDto> {
    return this.http.post<ContactDto>(API_ROUTES.contacts, request, {
      context: new HttpContext().set(HANDLED_STATUSES, [409]),
    });
  }

  /** `request.version` must be the version last seen; a stale one answers 409. */
  update(id: string, request: UpdateContactRequest): Observable<ContactDto> {
    return this.http.patch<ContactDto>(this.path(id), request);
  }

  /** Everything stored about the person (GDPR Art. 15); the API records that it was handed out. */
  gdprExport(id: string): Observable<ContactExport> {
    return this.http.get<ContactExport>(`${this.path(id)}/gdpr-export`);
  }

  /** Removes the personal data for good (GDPR Art. 17); the history keeps an anonymous "former contact". */
  erase(contact: ContactDto): Observable<ContactDto> {
    return this.http.post<ContactDto>(`${this.path(contact.id)}/erase`, { version: contact.version });
  }

  private path(id: string): string {
    return `${API_ROUTES.contacts}/${encodeURIComponent(id)}`;
  }
}
