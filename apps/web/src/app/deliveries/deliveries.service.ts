import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE,
  API_ROUTES,
  CalendarFeedDto,
  CreateDeliveryRequest,
  DeliveryAgreementDto,
  DeliveryAgreementResponse,
  DeliveryDto,
  DueDeliveryQuery,
  DueDeliveryRow,
  Page,
  UpdateDeliveryRequest,
  UpsertDeliveryAgreementRequest,
  datasetPath,
} from '@datenlotse/contracts';
import { queryParams } from '../core/query-params';
import { Observable, map } from 'rxjs';

/** Delivery agreements, deliveries, the due list and the signed-in user's calendar feed. */
@Injectable({ providedIn: 'root' })
export class DeliveriesService {
  private readonly http = inject(HttpClient);

  /** The dataset's agreement, or null while it has none. */
  agreement(datasetId: string): Observable<DeliveryAgreementDto | null> {
    // Wrapped, so that "none yet" is a 200 with null rather than a 404.
    return this.http
      .get<DeliveryAgreementResponse>(datasetPath(datasetId, 'agreement'))
      .pipe(map((answer) => answer.agreement));
  }

  /** Creates or changes the agreement; `request.version` is required when changing (a stale one: 409). */
  saveAgreement(
    datasetId: string,
    request: UpsertDeliveryAgreementRequest,
  ): Observable<DeliveryAgreementDto> {
    return this.http.put<DeliveryAgreementDto>(datasetPath(datasetId, 'agreement'), request);
  }

  /** The dataset's deliveries, newest first. */
  deliveries(datasetId: string): Observable<DeliveryDto[]> {
    return this.http.get<DeliveryDto[]>(datasetPath(datasetId, 'deliveries'));
  }

  record(datasetId: string, request: CreateDeliveryRequest): Observable<DeliveryDto> {
    return this.http.post<DeliveryDto>(datasetPath(datasetId, 'deliveries'), request);
  }

  /** Records the quality check of a delivery received earlier. */
  check(id: string, request: UpdateDeliveryRequest): Observable<DeliveryDto> {
    return this.http.patch<DeliveryDto>(`${API_BASE}/deliveries/${encodeURIComponent(id)}`, request);
  }

  due(query: DueDeliveryQuery): Observable<Page<DueDeliveryRow>> {
    const params = queryParams(query);
    return this.http.get<Page<DueDeliveryRow>>(API_ROUTES.dueDeliveries, { params });
  }

  feed(): Observable<CalendarFeedDto> {
    return this.http.get<CalendarFeedDto>(API_ROUTES.calendarFeed);
  }

  /** A new secret link (the old one stops working); the answer carries the URL, this once. */
  createFeed(): Observable<CalendarFeedDto> {
    return this.http.post<CalendarFeedDto>(API_ROUTES.calendarFeed, {});
  }

  revokeFeed(): Observable<void> {
    return this.http.delete<void>(API_ROUTES.calendarFeed);
  }
}
