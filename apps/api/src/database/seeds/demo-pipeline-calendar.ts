import { nextDueDate } from '@datenlotse/contracts';
import { SeedAgreement } from './demo-pipeline-data';

// Dates of the demo pipeline, relative to the seed date, so that the demo always looks current.
const DAY_MS = 24 * 60 * 60 * 1000;

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Days relative to the seed date, on UTC calendar days as the CRM demo counts them. */
export class SeedCalendar {
  readonly today: string;
  readonly year: number;
  private readonly midnight: number;

  constructor(private readonly now: Date) {
    this.midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    this.today = isoDay(now);
    this.year = now.getUTCFullYear();
  }

  /** The day `offset` days from today. */
  day(offset: number): string {
    return isoDay(new Date(this.midnight + offset * DAY_MS));
  }

  /** `daysAgo` days before today at that hour (UTC), never later than now. */
  at(daysAgo: number, hour: number): Date {
    return new Date(Math.min(this.midnight - daysAgo * DAY_MS + hour * 3600_000, this.now.getTime()));
  }

  /** That calendar day at that hour (UTC), never later than now. */
  atDay(day: string, hour: number): Date {
    return new Date(Math.min(Date.parse(`${day}T00:00:00Z`) + hour * 3600_000, this.now.getTime()));
  }

  /** The first Wednesday at least `minDays` from today. */
  nextWednesday(minDays: number): string {
    const from = new Date(this.midnight + minDays * DAY_MS);
    return isoDay(new Date(from.getTime() + ((3 - from.getUTCDay() + 7) % 7) * DAY_MS));
  }
}

/** The due dates up to today, and the first one after today (null once a one-off date has passed). */
export function dueDates(
  agreement: SeedAgreement,
  start: string,
  today: string,
): { past: string[]; next: string | null } {
  const schedule = { kind: agreement.kind, startDate: start, rrule: agreement.rrule ?? null };
  const past: string[] = [];
  let due: string | null = start;
  while (due !== null && due <= today) {
    past.push(due);
    due = nextDueDate(schedule, due);
  }
  return { past, next: due };
}

/** "Öffentliche Toiletten" → "oeffentliche-toiletten": the portal's dataset name. */
export function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
