import { DeliverySchedule } from '@datenlotse/contracts';
import { berlinDate, daysOverdue, dueAfterDelivery, firstDueDate, fulfils } from './due-dates';

const monthly31: DeliverySchedule = { kind: 'monthly', startDate: '2025-01-31' };

describe('due dates of delivery agreements', () => {
  it('reads the day of a receipt in Berlin, not in UTC, in winter and in summer', () => {
    expect(berlinDate(new Date('2025-01-31T23:30:00Z'))).toBe('2025-02-01');
    expect(berlinDate(new Date('2025-03-31T22:30:00Z'))).toBe('2025-04-01');
    expect(berlinDate(new Date('2025-03-31T21:30:00Z'))).toBe('2025-03-31');
  });

  it('starts a new agreement at its start date while nothing has been delivered since', () => {
    expect(firstDueDate(monthly31, null)).toBe('2025-01-31');
    expect(firstDueDate(monthly31, '2024-12-20')).toBe('2025-01-31');
    expect(firstDueDate({ kind: 'once', startDate: '2025-06-15' }, null)).toBe('2025-06-15');
  });

  it('continues a rescheduled agreement after the last good delivery', () => {
    expect(firstDueDate(monthly31, '2025-02-28')).toBe('2025-03-31');
    expect(firstDueDate({ kind: 'once', startDate: '2025-06-15' }, '2025-06-20')).toBeNull();
  });

  it.each<[string, DeliverySchedule, string, string, string | null]>([
    ['monthly across a month end', monthly31, '2025-01-31', '2025-01-30', '2025-02-28'],
    [
      'monthly from the clamped February date back to the 31st',
      monthly31,
      '2025-02-28',
      '2025-02-28',
      '2025-03-31',
    ],
    ['a late delivery covers the dates it missed', monthly31, '2025-01-31', '2025-03-05', '2025-03-31'],
    [
      'an early delivery does not bring the next date forward',
      monthly31,
      '2025-03-31',
      '2025-03-02',
      '2025-04-30',
    ],
    [
      'a one-off agreement is done',
      { kind: 'once', startDate: '2025-06-15' },
      '2025-06-15',
      '2025-06-20',
      null,
    ],
    [
      'an RRULE that has run out',
      { kind: 'rrule', startDate: '2025-01-31', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=2' },
      '2025-02-28',
      '2025-02-27',
      null,
    ],
  ])('after a delivery: %s', (_name, schedule, dueAt, receivedOn, expected) => {
    expect(dueAfterDelivery(schedule, dueAt, receivedOn)).toBe(expected);
  });

  it('counts days overdue across the change to summer time', () => {
    expect(daysOverdue('2025-03-29', '2025-04-01')).toBe(3);
    expect(daysOverdue('2025-04-01', '2025-04-01')).toBe(0);
    expect(daysOverdue('2025-04-02', '2025-04-01')).toBe(0);
    expect(daysOverdue(null, '2025-04-01')).toBe(0);
  });

  it('counts only a failed check as not delivered', () => {
    expect([fulfils('passed'), fulfils(null), fulfils('failed')]).toEqual([true, true, false]);
  });
});
