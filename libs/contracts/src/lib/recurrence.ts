import {
  Civil,
  civil,
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  fromDay,
  isIsoDate,
  toDay,
  weekday,
} from './calendar-days';
import { DeliverySchedule } from './deliveries';

/**
 * Due dates of a delivery schedule, on calendar days (ISO dates, no time and so no daylight saving time).
 * Shared by the API (next due date after a delivery) and the web app (a preview of the next dates).
 *
 * Dates are counted as day numbers (days since 1970-01-01) with integer arithmetic, never through a local
 * `Date`, so a week across the last Sunday of March is still seven days and lands on the same weekday.
 *
 * The fixed rhythms are anchored on the start date: monthly keeps the start's day of the month and clamps it
 * to the month's end (31 Jan → 28/29 Feb → 31 Mar, never drifting to the 28th); quarterly likewise every three
 * months; yearly 29 Feb → 28 Feb in common years. An RRULE follows RFC 5545 (the subset RRULE_PARTS names):
 * the start date is DTSTART and always counts as the first occurrence, and dates a rule names that do not
 * exist (the 31st of a short month) are skipped, as the RFC says.
 */

/** The RRULE parts this module reads; any other part makes the rule invalid. */
export const RRULE_PARTS = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH'] as const;
export const RRULE_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
type Frequency = (typeof RRULE_FREQUENCIES)[number];

/** RFC 5545 weekday codes; index 0 is Monday. */
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

interface ByDay {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 0 for every such weekday; n > 0 the n-th, n < 0 the n-th from the end of the month or year. */
  ordinal: number;
}

interface Rule {
  freq: Frequency;
  interval: number;
  count: number | null;
  until: number | null;
  byDay: ByDay[];
  byMonthDay: number[];
  byMonth: number[];
}

/** The first due date strictly after `after` (ISO date), or null when the schedule has none left. */
export function nextDueDate(schedule: DeliverySchedule, after: string): string | null {
  const limit = toDay(after);
  for (const day of occurrences(schedule, limit + 1)) {
    if (day > limit) return fromDay(day);
  }
  return null;
}

/** The next `count` due dates from `from` (inclusive). */
export function upcomingDueDates(schedule: DeliverySchedule, from: string, count: number): string[] {
  const start = toDay(from);
  const dates: string[] = [];
  if (count <= 0) return dates;
  for (const day of occurrences(schedule, start)) {
    if (day < start) continue;
    dates.push(fromDay(day));
    if (dates.length >= count) break;
  }
  return dates;
}

/** Null when the rule is one recurrence.ts understands, else what is wrong with it (English). */
export function rruleError(rrule: string): string | null {
  const parsed = parseRule(rrule);
  return typeof parsed === 'string' ? parsed : null;
}

// ---------------------------------------------------------------------------------------------------------
// Occurrences, in ascending order, as day numbers. `from` lets the fixed rhythms skip ahead; an RRULE always
// walks from its start, because COUNT counts from there.

function* occurrences(schedule: DeliverySchedule, from: number): Generator<number> {
  const start = toDay(schedule.startDate);
  switch (schedule.kind) {
    case 'once':
      yield start;
      return;
    case 'weekly':
      yield* everyWeek(start, from);
      return;
    case 'monthly':
      yield* everyMonths(schedule.startDate, 1, from);
      return;
    case 'quarterly':
      yield* everyMonths(schedule.startDate, 3, from);
      return;
    case 'yearly':
      yield* everyMonths(schedule.startDate, 12, from);
      return;
    case 'rrule': {
      const rule = parseRule(schedule.rrule ?? '');
      if (typeof rule === 'string') throw new RangeError(`Invalid RRULE: ${rule}`);
      yield* ruleOccurrences(rule, start);
      return;
    }
  }
}

function* everyWeek(start: number, from: number): Generator<number> {
  for (let k = Math.max(0, Math.floor((from - start) / 7)); ; k++) yield start + 7 * k;
}

/** Every `step` months from the start, each time on the start's day of the month clamped to the month's end. */
function* everyMonths(startDate: string, step: number, from: number): Generator<number> {
  const { year, month, day } = civil(startDate);
  const startIndex = year * 12 + (month - 1);
  const target = civilFromDay(from);
  const monthsAhead = target.year * 12 + (target.month - 1) - startIndex;
  // Start one step early: the clamped day of the target month may still be before `from`.
  let k = Math.max(0, Math.floor(monthsAhead / step) - 1);
  for (;;) {
    const index = startIndex + k * step;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    yield dayFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
    k++;
  }
}

/**
 * The occurrences of an RRULE from DTSTART: period after period (every INTERVAL days, weeks, months or
 * years), the dates each period's BY-parts give, in order. A rule that names no real date (30 February) has
 * no occurrence after DTSTART: the walk gives up after 400 years without one (the Gregorian cycle).
 */
function* ruleOccurrences(rule: Rule, start: number): Generator<number> {
  yield start;
  let produced = 1;
  if (rule.count !== null && produced >= rule.count) return;
  const origin = civilFromDay(start);
  let lastHit = start;
  for (let period = 0; ; period++) {
    const periodStart = firstDayOfPeriod(rule, origin, start, period);
    if (periodStart > lastHit + GREGORIAN_CYCLE_DAYS) return;
    if (rule.until !== null && periodStart > rule.until) return;
    for (const day of periodDates(rule, origin, start, period)) {
      if (day <= start) continue;
      if (rule.until !== null && day > rule.until) return;
      yield day;
      lastHit = day;
      produced++;
      if (rule.count !== null && produced >= rule.count) return;
    }
  }
}

/** 400 years: the calendar repeats itself after that, so a rule without a date in it has none at all. */
const GREGORIAN_CYCLE_DAYS = 146_097;

function firstDayOfPeriod(rule: Rule, origin: Civil, start: number, period: number): number {
  const n = period * rule.interval;
  switch (rule.freq) {
    case 'DAILY':
      return start + n;
    case 'WEEKLY':
      return start - weekday(start) + 7 * n;
    case 'MONTHLY': {
      const index = origin.year * 12 + origin.month - 1 + n;
      return dayFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
    }
    case 'YEARLY':
      return dayFromCivil(origin.year + n, 1, 1);
  }
}

/** The dates of one period of the rule, sorted, without duplicates. */
function periodDates(rule: Rule, origin: Civil, start: number, period: number): number[] {
  const n = period * rule.interval;
  let days: number[];
  switch (rule.freq) {
    case 'DAILY': {
      const day = start + n;
      days = matchesLimits(rule, day) ? [day] : [];
      break;
    }
    case 'WEEKLY': {
      const monday = start - weekday(start) + 7 * n;
      const weekdays = rule.byDay.length ? rule.byDay.map((b) => b.weekday) : [weekday(start)];
      days = weekdays
        .map((w) => monday + w)
        .filter((day) => !rule.byMonth.length || rule.byMonth.includes(civilFromDay(day).month));
      break;
    }
    case 'MONTHLY': {
      const index = origin.year * 12 + origin.month - 1 + n;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      days =
        rule.byMonth.length && !rule.byMonth.includes(month) ? [] : monthDates(rule, year, month, origin);
      break;
    }
    case 'YEARLY':
      days = yearDates(rule, origin.year + n, origin);
      break;
  }
  return [...new Set(days)].sort((a, b) => a - b);
}

/** DAILY: BYMONTH, BYMONTHDAY and BYDAY only filter. */
function matchesLimits(rule: Rule, day: number): boolean {
  const { year, month, day: dom } = civilFromDay(day);
  if (rule.byMonth.length && !rule.byMonth.includes(month)) return false;
  if (rule.byMonthDay.length) {
    const length = daysInMonth(year, month);
    if (!rule.byMonthDay.some((d) => (d > 0 ? d : length + 1 + d) === dom)) return false;
  }
  return !rule.byDay.length || rule.byDay.some((b) => b.weekday === weekday(day));
}

/** The dates of one month: BYMONTHDAY, else BYDAY (with ordinals counted in the month), else DTSTART's day. */
function monthDates(rule: Rule, year: number, month: number, origin: Civil): number[] {
  const length = daysInMonth(year, month);
  const first = dayFromCivil(year, month, 1);
  const byDay = rule.byDay.length ? weekdayDates(rule.byDay, first, length) : null;
  if (rule.byMonthDay.length) {
    const days = rule.byMonthDay
      .map((d) => (d > 0 ? d : length + 1 + d))
      .filter((d) => d >= 1 && d <= length)
      .map((d) => first + d - 1);
    return byDay ? days.filter((day) => byDay.includes(day)) : days;
  }
  if (byDay) return byDay;
  return origin.day <= length ? [first + origin.day - 1] : [];
}

/** The dates of one year: by month when BYMONTH or BYMONTHDAY say so, else BYDAY counted in the whole year. */
function yearDates(rule: Rule, year: number, origin: Civil): number[] {
  if (rule.byDay.length && !rule.byMonth.length && !rule.byMonthDay.length) {
    const first = dayFromCivil(year, 1, 1);
    return weekdayDates(rule.byDay, first, dayFromCivil(year + 1, 1, 1) - first);
  }
  const months = rule.byMonth.length
    ? rule.byMonth
    : rule.byMonthDay.length || rule.byDay.length
      ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
      : [origin.month];
  return months.flatMap((month) => monthDates(rule, year, month, origin));
}

/** The days of a span (a month or a year) that BYDAY names: every such weekday, or the n-th from either end. */
function weekdayDates(byDay: ByDay[], first: number, length: number): number[] {
  const result: number[] = [];
  for (const { weekday: w, ordinal } of byDay) {
    const firstOfWeekday = first + ((w - weekday(first) + 7) % 7);
    const all: number[] = [];
    for (let day = firstOfWeekday; day < first + length; day += 7) all.push(day);
    if (ordinal === 0) result.push(...all);
    else {
      const picked = ordinal > 0 ? all[ordinal - 1] : all[all.length + ordinal];
      if (picked !== undefined) result.push(picked);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Parsing

function parseRule(text: string): Rule | string {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (!body) return 'The rule is empty; it needs at least FREQ, e.g. FREQ=MONTHLY';
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toUpperCase();
    if (eq < 0 || !name) return `"${part}" is not a NAME=VALUE part`;
    if (!(RRULE_PARTS as readonly string[]).includes(name)) {
      return `${name} is not supported (supported: ${RRULE_PARTS.join(', ')})`;
    }
    if (parts.has(name)) return `${name} appears twice`;
    parts.set(
      name,
      part
        .slice(eq + 1)
        .trim()
        .toUpperCase(),
    );
  }
  const freq = parts.get('FREQ');
  if (freq === undefined) return 'FREQ is missing, e.g. FREQ=MONTHLY';
  if (!(RRULE_FREQUENCIES as readonly string[]).includes(freq)) {
    return `FREQ=${freq} is not supported (supported: ${RRULE_FREQUENCIES.join(', ')})`;
  }
  const rule: Rule = {
    freq: freq as Frequency,
    interval: 1,
    count: null,
    until: null,
    byDay: [],
    byMonthDay: [],
    byMonth: [],
  };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined) {
    if (!/^\d{1,4}$/.test(interval) || +interval < 1) return 'INTERVAL must be a whole number from 1';
    rule.interval = +interval;
  }
  const count = parts.get('COUNT');
  if (count !== undefined) {
    if (!/^\d{1,5}$/.test(count) || +count < 1) return 'COUNT must be a whole number from 1';
    rule.count = +count;
  }
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    if (count !== undefined) return 'COUNT and UNTIL cannot both be given';
    const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(until);
    const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
    if (!match || !isIsoDate(iso)) return 'UNTIL must be a date like 20261231 (or 20261231T235959Z)';
    rule.until = toDay(iso);
  }
  const byMonth = parts.get('BYMONTH');
  if (byMonth !== undefined) {
    const months = numberList(byMonth);
    if (!months || months.some((m) => m < 1 || m > 12)) return 'BYMONTH must list months from 1 to 12';
    rule.byMonth = months;
  }
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    if (rule.freq === 'WEEKLY') return 'BYMONTHDAY cannot be used with FREQ=WEEKLY';
    const days = numberList(byMonthDay);
    if (!days || days.some((d) => d === 0 || d < -31 || d > 31)) {
      return 'BYMONTHDAY must list days from 1 to 31 or -1 to -31 (-1 = last day of the month)';
    }
    rule.byMonthDay = days;
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    const parsed = parseByDay(byDay, rule);
    if (typeof parsed === 'string') return parsed;
    rule.byDay = parsed;
  }
  return rule;
}

function parseByDay(value: string, rule: Rule): ByDay[] | string {
  const days: ByDay[] = [];
  // Ordinals count weekdays in the month (MONTHLY, or YEARLY with BYMONTH) or in the year (YEARLY).
  const inYear = rule.freq === 'YEARLY' && !rule.byMonth.length;
  const maxOrdinal = inYear ? 53 : 5;
  for (const item of value.split(',')) {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item.trim());
    if (!match)
      return `BYDAY "${item}" is not a weekday (MO, TU, WE, TH, FR, SA, SU, optionally with 1MO, -1FR)`;
    const ordinal = match[1] ? Number(match[1]) : 0;
    if (ordinal !== 0 && rule.freq !== 'MONTHLY' && rule.freq !== 'YEARLY') {
      return `BYDAY ${item} has an ordinal, which only FREQ=MONTHLY or FREQ=YEARLY allow`;
    }
    if (match[1] && (ordinal === 0 || Math.abs(ordinal) > maxOrdinal)) {
      return `BYDAY ${item}: the ordinal must be from 1 to ${maxOrdinal} or -1 to -${maxOrdinal}`;
    }
    days.push({ weekday: WEEKDAYS.indexOf(match[2] as (typeof WEEKDAYS)[number]), ordinal });
  }
  return days;
}

function numberList(value: string): number[] | null {
  const items = value.split(',').map((v) => v.trim());
  if (items.some((v) => !/^[+-]?\d{1,2}$/.test(v))) return null;
  return items.map(Number);
}
