import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_ROUTES, SearchResponse } from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES } from '../core/api-error';

/** Every failure but a 401: the box says itself that the search failed, a toast per keystroke would not help. */
const SILENT_STATUSES = [0, 400, 403, 404, 429, 500, 502, 503, 504];

/** The search box's question: departments, contacts and interactions matching the words, ranked. */
@Injectable({ providedIn: 'root' })
export class SearchService {
  private readonly http = inject(HttpClient);

  search(query: string): Observable<SearchResponse> {
    return this.http.get<SearchResponse>(API_ROUTES.search, {
      params: new HttpParams().set('q', query),
      context: new HttpContext().set(HANDLED_STATUSES, SILENT_STATUSES),
    });
  }
}
