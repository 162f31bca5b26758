import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE,
  API_ROUTES,
  CalendarFeedDto,
  CreateDeliveryRequest,
  DeliveryAgreementDto,
  DeliveryDto,
  DueDeliveryQuery,
  DueDeliveryRow,
  Page,
  UpdateDeliveryRequest,
  UpsertDeliveryAgreementRequest,
  datasetPath,
} from '@datenlotse/contracts';
import { Observable, map } from 'rxjs';

/** The agreement answer: the DTO itself, or wrapped so that "none yet" can be said with a 200. */
type AgreementAnswer = DeliveryAgreementDto | { agreement: DeliveryAgreementDto | null } | null;

/** A list answer: the items, or a page of them. */
type ListAnswer<T> = T[] | Page<T>;

function agreementOf(answer: AgreementAnswer): DeliveryAgreementDto | null {
  if (!answer) return null;
  return 'agreement' in answer ? answer.agreement : answer;
}

function itemsOf<T>(answer: ListAnswer<T>): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

/** Delivery agreements, deliveries, the due list and the signed-in user's calendar feed. */
@Injectable({ providedIn: 'root' })
export class DeliveriesService {
  private readonly http = inject(HttpClient);

  /** The dataset's agreement, or null while it has none. */
  agreement(datasetId: string): Observable<DeliveryAgreementDto | null> {
    return this.http.get<AgreementAnswer>(datasetPath(datasetId, 'agreement')).pipe(map(agreementOf));
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
    return this.http.get<ListAnswer<DeliveryDto>>(datasetPath(datasetId, 'deliveries')).pipe(map(itemsOf));
  }

  record(datasetId: string, request: CreateDeliveryRequest): Observable<DeliveryDto> {
    return this.http.post<DeliveryDto>(datasetPath(datasetId, 'deliveries'), request);
  }

  /** Records the quality check of a delivery received earlier. */
  check(id: string, request: UpdateDeliveryRequest): Observable<DeliveryDto> {
    return this.http.patch<DeliveryDto>(`${API_BASE}/deliveries/${encodeURIComponent(id)}`, request);
  }

  due(query: DueDeliveryQuery): Observable<Page<DueDeliveryRow>> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query) as [string, unknown][]) {
      if (value !== undefined && value !== null && value !== '') params = params.set(name, String(value));
    }
    return this.http.get<Page<DueDeliveryRow>>(API_ROUTES.dueDeliveries, { params });
  }

  feed(): Observable<CalendarFeedDto> {
    return this.http.get<CalendarFeedDto>(API_ROUTES.calendarFeed);
  }

  /** A new secret link (the old one stops working); the answer carries the URL, this once. */
  createFeed(): Observable<CalendarFeedDto> {
    return this.http.post<CalendarFeedDto>(API_ROUTES.calendarFeed, {});
  }

  revokeFeed(): Observable<unknown> {
    return this.http.delete(API_ROUTES.calendarFeed);
  }
}
