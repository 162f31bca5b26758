import { Params } from '@angular/router';
import { OutboxQuery, OutboxStatus } from '@datenlotse/contracts';

/** The filters the "Postausgang" offers; `all` is the plain address. */
export const OUTBOX_FILTERS = ['all', 'pending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxFilter = (typeof OUTBOX_FILTERS)[number];

/** Reads the status filter from the URL (`?status=failed`); anything unknown shows all mails. */
export function outboxFilterFromParams(params: Params): OutboxFilter {
  const status: unknown = params['status'];
  return (OUTBOX_FILTERS as readonly unknown[]).includes(status) ? (status as OutboxFilter) : 'all';
}

/** The URL's parameters for a filter (the default left out). */
export function paramsFromOutboxFilter(filter: OutboxFilter): Params {
  return { status: filter === 'all' ? null : filter };
}

export function outboxQueryOf(filter: OutboxFilter, limit: number, offset: number): OutboxQuery {
  const status: OutboxStatus | undefined = filter === 'all' ? undefined : filter;
  return { ...(status ? { status } : {}), limit, offset };
}
