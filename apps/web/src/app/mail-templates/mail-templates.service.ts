import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  Locale,
  MailTemplateDto,
  MailTemplateKey,
  MailTemplatePreview,
  MailTemplatePreviewRequest,
  UpdateMailTemplateRequest,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES } from '../core/api-error';

function templatePath(key: MailTemplateKey, locale: Locale, action?: 'preview' | 'customisation'): string {
  const path = `${API_ROUTES.mailTemplates}/${encodeURIComponent(key)}/${encodeURIComponent(locale)}`;
  return action ? `${path}/${action}` : path;
}

/** The mail templates: every mail in German and English, an admin's changes, and a preview of a draft. */
@Injectable({ providedIn: 'root' })
export class MailTemplatesService {
  private readonly http = inject(HttpClient);

  list(): Observable<MailTemplateDto[]> {
    return this.http.get<MailTemplateDto[]>(API_ROUTES.mailTemplates);
  }

  get(key: MailTemplateKey, locale: Locale): Observable<MailTemplateDto> {
    return this.http.get<MailTemplateDto>(templatePath(key, locale));
  }

  /** A stale version answers 409, which the editor words itself (it reloads the template). */
  save(
    key: MailTemplateKey,
    locale: Locale,
    request: UpdateMailTemplateRequest,
  ): Observable<MailTemplateDto> {
    return this.http.put<MailTemplateDto>(templatePath(key, locale), request, {
      context: new HttpContext().set(HANDLED_STATUSES, [409]),
    });
  }

  /**
   * Renders a draft against sample data. A draft that does not compile answers 400 with the reason at its
   * field; while typing that is expected, so no toast (and a 400 with fields never gets one anyway).
   */
  preview(
    key: MailTemplateKey,
    locale: Locale,
    request: MailTemplatePreviewRequest,
  ): Observable<MailTemplatePreview> {
    return this.http.post<MailTemplatePreview>(templatePath(key, locale, 'preview'), request, {
      context: new HttpContext().set(HANDLED_STATUSES, [400]),
    });
  }

  /** Drops the admin's changes: the mail uses the shipped text again. */
  reset(key: MailTemplateKey, locale: Locale): Observable<MailTemplateDto> {
    return this.http.delete<MailTemplateDto>(templatePath(key, locale, 'customisation'));
  }
}
