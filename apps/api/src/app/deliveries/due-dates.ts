import { addDays, DeliverySchedule, nextDueDate, QualityCheck } from '@datenlotse/contracts';

/**
 * The due-date rules of delivery agreements, as pure functions of dates: the services read and write the
 * rows, these decide the dates. "Today" is always a parameter, so that a job or a test can set the clock.
 */

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of a moment in the city's time zone: data received at 23:30 on 31 March is March's. */
export function berlinDate(at: Date): string {
  return BERLIN_DAY.format(at);
}

/** A check that did not fail (passed, or still pending) counts as the delivery the agreement asked for. */
export function fulfils(check: QualityCheck | null): boolean {
  return check !== 'failed';
}

/**
 * The next due date of a new or rescheduled agreement: the start date while nothing has been delivered since,
 * else the first date of the schedule after the last good delivery (`coveredUntil`, the later of the due date
 * it fulfilled and the day it arrived). Null when the schedule has no date left.
 */
export function firstDueDate(schedule: DeliverySchedule, coveredUntil: string | null): string | null {
  const dayBeforeStart = addDays(schedule.startDate, -1);
  const after = coveredUntil !== null && coveredUntil > dayBeforeStart ? coveredUntil : dayBeforeStart;
  return nextDueDate(schedule, after);
}

/**
 * The next due date once a delivery fulfilled `dueAt`: a one-off agreement is done; a recurring one is next
 * due after the later of the fulfilled date and the day the data arrived, so a late delivery also covers the
 * dates it missed and an early one does not make the next date come sooner.
 */
export function dueAfterDelivery(
  schedule: DeliverySchedule,
  dueAt: string,
  receivedOn: string,
): string | null {
  if (schedule.kind === 'once') return null;
  return nextDueDate(schedule, receivedOn > dueAt ? receivedOn : dueAt);
}

/** Whole days a due date has passed; 0 when it is today or later. */
export function daysOverdue(nextDueAt: string | null, today: string): number {
  if (!nextDueAt || nextDueAt >= today) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${nextDueAt}T00:00:00Z`)) / 86_400_000);
}
