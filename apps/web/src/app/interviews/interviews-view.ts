import { Params } from '@angular/router';
import { InterviewQuery, InterviewStatus } from '@datenlotse/contracts';

/** The filter chips of the "Interviews" screen. "Geplant" includes the ones running right now. */
export const INTERVIEW_FILTERS = ['planned', 'completed', 'cancelled', 'all'] as const;
export type InterviewFilter = (typeof INTERVIEW_FILTERS)[number];

const STATUSES_OF: Readonly<Record<InterviewFilter, readonly InterviewStatus[]>> = {
  planned: ['planned', 'in_progress'],
  completed: ['completed'],
  cancelled: ['cancelled'],
  all: [],
};

/** The view as the URL holds it: `?status=completed&departmentId=…`. */
export interface InterviewsView {
  filter: InterviewFilter;
  departmentId: string | null;
}

/** Reads the view from the URL; unknown values fall back to the planned ones of every unit. */
export function interviewsViewFromParams(params: Params): InterviewsView {
  const status: unknown = params['status'];
  const departmentId: unknown = params['departmentId'];
  return {
    filter: (INTERVIEW_FILTERS as readonly unknown[]).includes(status)
      ? (status as InterviewFilter)
      : 'planned',
    departmentId: typeof departmentId === 'string' && departmentId !== '' ? departmentId : null,
  };
}

/** The URL's parameters for a view (the defaults left out, so the plain address is the default view). */
export function paramsFromInterviewsView(view: InterviewsView): Params {
  return { status: view.filter === 'planned' ? null : view.filter, departmentId: view.departmentId };
}

export function interviewQueryOf(view: InterviewsView, limit: number, offset: number): InterviewQuery {
  const statuses = STATUSES_OF[view.filter];
  return {
    ...(statuses.length > 0 ? { statuses: statuses.join(',') } : {}),
    ...(view.departmentId ? { departmentId: view.departmentId } : {}),
    limit,
    offset,
  };
}
