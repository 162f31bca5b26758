import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_ROUTES,
  ApprovalLinkView,
  ApprovalQuery,
  ApprovalRequestDto,
  CreateApprovalRequest,
  DecideApprovalRequest,
  Page,
  approvalLinkPath,
  datasetPath,
} from '@datenlotse/contracts';
import { Observable, map } from 'rxjs';
import { HANDLED_STATUSES } from '../core/api-error';

/** Approval requests: asked for on the dataset page, decided in "Freigaben" or through the mail's link. */
@Injectable({ providedIn: 'root' })
export class ApprovalsService {
  private readonly http = inject(HttpClient);

  list(query: ApprovalQuery = {}): Observable<ApprovalRequestDto[]> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query) as [string, unknown][]) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    // The contract answers a plain list; a paged answer ({ items }) is read the same way.
    return this.http
      .get<ApprovalRequestDto[] | Page<ApprovalRequestDto>>(API_ROUTES.approvals, { params })
      .pipe(map((body) => (Array.isArray(body) ? body : body.items)));
  }

  /** Every request of one dataset, newest first. */
  forDataset(datasetId: string): Observable<ApprovalRequestDto[]> {
    return this.http
      .get<ApprovalRequestDto[] | Page<ApprovalRequestDto>>(this.datasetRequests(datasetId))
      .pipe(map((body) => (Array.isArray(body) ? body : body.items)));
  }

  /** 409 when the dataset is not awaiting approval or a request is pending: the dialog says so itself. */
  create(datasetId: string, request: CreateApprovalRequest): Observable<ApprovalRequestDto> {
    return this.http.post<ApprovalRequestDto>(this.datasetRequests(datasetId), request, {
      context: new HttpContext().set(HANDLED_STATUSES, [409]),
    });
  }

  /** 400 names `comment` when a reason is missing; 409 when the request is no longer pending. */
  decide(id: string, request: DecideApprovalRequest): Observable<ApprovalRequestDto> {
    return this.http.post<ApprovalRequestDto>(`${this.path(id)}/decision`, request, {
      context: new HttpContext().set(HANDLED_STATUSES, [409]),
    });
  }

  withdraw(id: string): Observable<ApprovalRequestDto> {
    return this.http.post<ApprovalRequestDto>(`${this.path(id)}/withdraw`, {});
  }

  /** Public, no session: what the mail's link shows. An unknown token (404) is the page's `invalid` state. */
  link(token: string): Observable<ApprovalLinkView> {
    return this.http.get<ApprovalLinkView>(approvalLinkPath(encodeURIComponent(token)), {
      context: new HttpContext().set(HANDLED_STATUSES, [401, 404, 410]),
    });
  }

  /** Public decision through the link; 400 `comment`, 404/409/410 when the link no longer decides. */
  decideByLink(token: string, request: DecideApprovalRequest): Observable<ApprovalLinkView> {
    return this.http.post<ApprovalLinkView>(approvalLinkPath(encodeURIComponent(token)), request, {
      context: new HttpContext().set(HANDLED_STATUSES, [401, 404, 409, 410]),
    });
  }

  private datasetRequests(datasetId: string): string {
    return `${datasetPath(encodeURIComponent(datasetId))}/approval-requests`;
  }

  private path(id: string): string {
    return `${API_ROUTES.approvals}/${encodeURIComponent(id)}`;
  }
}
