import { Params } from '@angular/router';
import { DUE_DELIVERY_FILTERS, DueDeliveryFilter, DueDeliveryQuery } from '@datenlotse/contracts';

/** "Demnächst": due within this many days (the API's default too). */
export const UPCOMING_DAYS = 30;

/** The view of the "Lieferungen" screen as the URL holds it: `?status=overdue&owner=me`. */
export interface DeliveriesView {
  status: DueDeliveryFilter;
  mine: boolean;
}

/** Reads the view from the URL; unknown values fall back to "all of them, everyone's". */
export function deliveriesViewFromParams(params: Params): DeliveriesView {
  const status: unknown = params['status'];
  return {
    status: (DUE_DELIVERY_FILTERS as readonly unknown[]).includes(status)
      ? (status as DueDeliveryFilter)
      : 'all',
    mine: params['owner'] === 'me',
  };
}

/** The URL's parameters for a view (the defaults left out, so the plain address is the default view). */
export function paramsFromDeliveriesView(view: DeliveriesView): Params {
  return { status: view.status === 'all' ? null : view.status, owner: view.mine ? 'me' : null };
}

export function dueQueryOf(view: DeliveriesView, limit: number, offset: number): DueDeliveryQuery {
  return {
    status: view.status,
    ...(view.status === 'upcoming' ? { withinDays: UPCOMING_DAYS } : {}),
    ...(view.mine ? { owner: 'me' } : {}),
    limit,
    offset,
  };
}
