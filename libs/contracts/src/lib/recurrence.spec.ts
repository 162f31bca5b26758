import { DeliverySchedule, ScheduleKind } from './deliveries';
import { addDays, daysBetween, isIsoDate } from './calendar-days';
import { nextDueDate, rruleError, upcomingDueDates } from './recurrence';

const schedule = (kind: ScheduleKind, startDate: string, rrule: string | null = null): DeliverySchedule => ({
  kind,
  startDate,
  rrule,
});
const rrule = (rule: string, startDate: string) => schedule('rrule', startDate, rule);

/** The weekday of an ISO date, read in UTC so that the test itself cannot be shifted by a time zone. */
const weekdayOf = (date: string) =>
  ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${date}T00:00:00Z`).getUTCDay()];

describe('fixed rhythms at the end of a month', () => {
  it.each<[string, ScheduleKind, string, string[]]>([
    [
      'monthly on the 31st clamps to short months and returns to the 31st',
      'monthly',
      '2025-01-31',
      ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30'],
    ],
    [
      'monthly on the 31st in a leap year meets 29 February',
      'monthly',
      '2024-01-31',
      ['2024-01-31', '2024-02-29', '2024-03-31'],
    ],
    [
      'monthly on the 30th keeps the 30th after February',
      'monthly',
      '2025-01-30',
      ['2025-01-30', '2025-02-28', '2025-03-30', '2025-04-30'],
    ],
    [
      'quarterly from 30 November: end of February, then back to the 30th',
      'quarterly',
      '2024-11-30',
      ['2024-11-30', '2025-02-28', '2025-05-30', '2025-08-30', '2025-11-30', '2026-02-28'],
    ],
    [
      'quarterly from 30 November into a leap year',
      'quarterly',
      '2023-11-30',
      ['2023-11-30', '2024-02-29', '2024-05-30'],
    ],
    [
      'yearly from 29 February: 28 February in common years, 29 again in the next leap year',
      'yearly',
      '2024-02-29',
      ['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29'],
    ],
    [
      'yearly across a century that is not a leap year',
      'yearly',
      '2096-02-29',
      ['2096-02-29', '2097-02-28', '2098-02-28', '2099-02-28', '2100-02-28', '2101-02-28'],
    ],
  ])('%s', (_name, kind, start, expected) => {
    expect(upcomingDueDates(schedule(kind, start), start, expected.length)).toEqual(expected);
  });

  it('finds the next due date strictly after a day, on both sides of a clamped date', () => {
    const monthly = schedule('monthly', '2025-01-31');
    expect(nextDueDate(monthly, '2025-02-27')).toBe('2025-02-28');
    expect(nextDueDate(monthly, '2025-02-28')).toBe('2025-03-31');
    expect(nextDueDate(monthly, '2025-01-31')).toBe('2025-02-28');
    // before the start, the start itself is next
    expect(nextDueDate(monthly, '2024-12-01')).toBe('2025-01-31');
  });

  it('skips far ahead without drifting: 75 years of a monthly rhythm on the 31st', () => {
    const monthly = schedule('monthly', '2025-01-31');
    expect(nextDueDate(monthly, '2100-02-15')).toBe('2100-02-28');
    expect(upcomingDueDates(monthly, '2100-03-01', 2)).toEqual(['2100-03-31', '2100-04-30']);
  });

  it('lists upcoming dates from a day inclusive', () => {
    expect(upcomingDueDates(schedule('quarterly', '2024-11-30'), '2025-05-30', 2)).toEqual([
      '2025-05-30',
      '2025-08-30',
    ]);
    expect(upcomingDueDates(schedule('monthly', '2025-01-31'), '2025-01-01', 0)).toEqual([]);
  });
});

describe('one-off dates', () => {
  const once = schedule('once', '2025-06-15');
  it('is due once and then never again', () => {
    expect(nextDueDate(once, '2025-06-14')).toBe('2025-06-15');
    expect(nextDueDate(once, '2025-06-15')).toBeNull();
    expect(upcomingDueDates(once, '2025-01-01', 5)).toEqual(['2025-06-15']);
    expect(upcomingDueDates(once, '2025-06-16', 5)).toEqual([]);
  });
});

describe('weeks across the changes of daylight saving time', () => {
  // In Germany the clocks change on the last Sunday of March (2025-03-30) and of October (2025-10-26).
  it.each<[string, DeliverySchedule, string[]]>([
    [
      'weekly on Mondays across the last Sunday of March',
      schedule('weekly', '2025-03-24'),
      ['2025-03-24', '2025-03-31', '2025-04-07'],
    ],
    [
      'weekly on Fridays across the last Sunday of October',
      schedule('weekly', '2025-10-17'),
      ['2025-10-17', '2025-10-24', '2025-10-31', '2025-11-07'],
    ],
    [
      'an RRULE on Mondays and Thursdays across the March change',
      rrule('FREQ=WEEKLY;BYDAY=MO,TH', '2025-03-27'),
      ['2025-03-27', '2025-03-31', '2025-04-03', '2025-04-07'],
    ],
    [
      'an RRULE every other Monday across the October change',
      rrule('FREQ=WEEKLY;INTERVAL=2', '2025-10-20'),
      ['2025-10-20', '2025-11-03', '2025-11-17'],
    ],
    [
      'a daily RRULE on the night the clocks go forward',
      rrule('FREQ=DAILY', '2025-03-29'),
      ['2025-03-29', '2025-03-30', '2025-03-31'],
    ],
  ])('%s', (_name, rule, expected) => {
    const dates = upcomingDueDates(rule, rule.startDate, expected.length);
    expect(dates).toEqual(expected);
  });

  it('stays on the start weekday for a year of weeks', () => {
    const dates = upcomingDueDates(schedule('weekly', '2025-01-06'), '2025-01-01', 52);
    expect(new Set(dates.map(weekdayOf))).toEqual(new Set(['MO']));
    expect(dates.at(-1)).toBe('2025-12-29');
  });
});

describe('RRULE', () => {
  it.each<[string, string, string, string[]]>([
    [
      'last day of each month',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      '2025-01-31',
      ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30'],
    ],
    [
      'first Monday of each month',
      'FREQ=MONTHLY;BYDAY=1MO',
      '2025-01-06',
      ['2025-01-06', '2025-02-03', '2025-03-03', '2025-04-07'],
    ],
    [
      'last Friday of each month',
      'FREQ=MONTHLY;BYDAY=-1FR',
      '2025-01-31',
      ['2025-01-31', '2025-02-28', '2025-03-28', '2025-04-25'],
    ],
    [
      'second-last day of the month',
      'FREQ=MONTHLY;BYMONTHDAY=-2',
      '2025-01-30',
      ['2025-01-30', '2025-02-27', '2025-03-30'],
    ],
    [
      'the 15th of March and September',
      'FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15',
      '2025-03-15',
      ['2025-03-15', '2025-09-15', '2026-03-15'],
    ],
    [
      'first day of each quarter',
      'FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=1',
      '2025-01-01',
      ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01'],
    ],
    [
      'last Sunday of October',
      'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      '2025-10-26',
      ['2025-10-26', '2026-10-25', '2027-10-31'],
    ],
    ['the 20th Monday of the year', 'FREQ=YEARLY;BYDAY=20MO', '2025-05-19', ['2025-05-19', '2026-05-18']],
    [
      'every second month, lower case and with the RRULE: prefix',
      'rrule:freq=monthly;interval=2',
      '2025-01-10',
      ['2025-01-10', '2025-03-10', '2025-05-10'],
    ],
    // RFC 5545 skips dates that do not exist, unlike the fixed monthly rhythm, which clamps them
    [
      'monthly on the 31st skips short months',
      'FREQ=MONTHLY',
      '2025-01-31',
      ['2025-01-31', '2025-03-31', '2025-05-31'],
    ],
    [
      'yearly on 29 February waits for the next leap year',
      'FREQ=YEARLY',
      '2024-02-29',
      ['2024-02-29', '2028-02-29'],
    ],
    // DTSTART is always the first occurrence, even where the rule would not name it
    [
      'the start date counts first, then the rule',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      '2025-01-15',
      ['2025-01-15', '2025-01-31', '2025-02-28'],
    ],
  ])('%s', (_name, rule, start, expected) => {
    expect(upcomingDueDates(rrule(rule, start), start, expected.length)).toEqual(expected);
  });

  it('ends after COUNT occurrences, counting the start date', () => {
    const rule = rrule('FREQ=DAILY;INTERVAL=10;COUNT=3', '2025-03-25');
    expect(upcomingDueDates(rule, '2025-01-01', 10)).toEqual(['2025-03-25', '2025-04-04', '2025-04-14']);
    expect(nextDueDate(rule, '2025-04-14')).toBeNull();
    const lastDays = rrule('FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=2', '2025-01-15');
    expect(upcomingDueDates(lastDays, '2025-01-01', 10)).toEqual(['2025-01-15', '2025-01-31']);
  });

  it('ends at UNTIL, which is inclusive, as a date or a UTC timestamp', () => {
    const rule = rrule('FREQ=MONTHLY;UNTIL=20250415', '2025-01-15');
    expect(upcomingDueDates(rule, '2025-01-01', 10)).toEqual([
      '2025-01-15',
      '2025-02-15',
      '2025-03-15',
      '2025-04-15',
    ]);
    expect(nextDueDate(rule, '2025-04-15')).toBeNull();
    const stamp = rrule('FREQ=WEEKLY;UNTIL=20250414T235959Z', '2025-03-31');
    expect(upcomingDueDates(stamp, '2025-03-31', 10)).toEqual(['2025-03-31', '2025-04-07', '2025-04-14']);
  });

  it('has no next date for a rule that names no real day, and does not hang on it', () => {
    const never = rrule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '2025-01-01');
    expect(nextDueDate(never, '2025-01-01')).toBeNull();
    expect(upcomingDueDates(never, '2025-01-01', 3)).toEqual(['2025-01-01']);
  });

  it('finds the next date after a delivery, as the API asks for it', () => {
    const rule = rrule('FREQ=MONTHLY;BYDAY=1MO', '2025-01-06');
    expect(nextDueDate(rule, '2025-02-03')).toBe('2025-03-03');
    expect(nextDueDate(rule, '2025-02-10')).toBe('2025-03-03');
  });

  it.each([
    'FREQ=MONTHLY',
    'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    'FREQ=MONTHLY;BYDAY=1MO,-1FR',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=1',
    'FREQ=DAILY;INTERVAL=3;COUNT=10',
    'FREQ=MONTHLY;UNTIL=20261231',
    'FREQ=MONTHLY;UNTIL=20261231T235959Z',
    'RRULE:FREQ=YEARLY',
  ])('accepts %s', (rule) => {
    expect(rruleError(rule)).toBeNull();
  });

  it.each<[string, RegExp]>([
    ['', /empty/],
    ['INTERVAL=2', /FREQ is missing/],
    ['FREQ=HOURLY', /FREQ=HOURLY is not supported/],
    ['FREQ=MONTHLY;BYSETPOS=-1', /BYSETPOS is not supported/],
    ['FREQ=DAILY;WKST=MO', /WKST is not supported/],
    ['FREQ=MONTHLY;FREQ=WEEKLY', /FREQ appears twice/],
    ['FREQ=MONTHLY;BYMONTHDAY', /not a NAME=VALUE part/],
    ['FREQ=MONTHLY;INTERVAL=0', /INTERVAL/],
    ['FREQ=MONTHLY;INTERVAL=two', /INTERVAL/],
    ['FREQ=MONTHLY;COUNT=-1', /COUNT/],
    ['FREQ=MONTHLY;COUNT=2;UNTIL=20250101', /COUNT and UNTIL/],
    ['FREQ=MONTHLY;UNTIL=2025-01-01', /UNTIL/],
    ['FREQ=MONTHLY;UNTIL=20250230', /UNTIL/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /BYMONTHDAY/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', /BYMONTHDAY cannot be used with FREQ=WEEKLY/],
    ['FREQ=MONTHLY;BYMONTH=13', /BYMONTH/],
    ['FREQ=MONTHLY;BYDAY=XX', /BYDAY "XX"/],
    ['FREQ=WEEKLY;BYDAY=1MO', /only FREQ=MONTHLY or FREQ=YEARLY/],
    ['FREQ=MONTHLY;BYDAY=6MO', /ordinal must be from 1 to 5/],
    ['FREQ=MONTHLY;BYDAY=0MO', /ordinal/],
  ])('refuses %p, naming the part', (rule, message) => {
    expect(rruleError(rule)).toMatch(message);
  });

  it('throws rather than guessing when asked for dates of an invalid rule', () => {
    expect(() => nextDueDate(rrule('FREQ=HOURLY', '2025-01-01'), '2025-01-01')).toThrow(/HOURLY/);
  });
});

describe('calendar helpers', () => {
  it('reads only real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
  });

  it('counts days across month, year and daylight saving boundaries', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-03-01', '2024-03-01')).toBe(-365);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});
