import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { dueInWords, overdueSince, scheduleInWords } from './delivery-wording';

describe('delivery wording', () => {
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
  });
  afterEach(() => localStorage.clear());

  it('says the schedule in words, with the date as Germans write it', () => {
    expect(scheduleInWords(i18n, { kind: 'monthly', startDate: '2027-01-31' })).toBe(
      'monatlich ab 31.01.2027',
    );
    expect(scheduleInWords(i18n, { kind: 'once', startDate: '2027-03-05' })).toBe('einmalig am 05.03.2027');
    expect(scheduleInWords(i18n, { kind: 'quarterly', startDate: '2027-03-31' })).toBe(
      'vierteljährlich ab 31.03.2027',
    );
    expect(
      scheduleInWords(i18n, { kind: 'rrule', startDate: '2027-01-31', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }),
    ).toBe('RRULE FREQ=MONTHLY;BYMONTHDAY=-1, ab 31.01.2027');
  });

  it('says it in English after a language switch', async () => {
    await i18n.use('en');
    expect(scheduleInWords(i18n, { kind: 'weekly', startDate: '2027-01-04' })).toBe('weekly from 4 Jan 2027');
    expect(overdueSince(i18n, 1)).toBe('overdue for 1 day');
  });

  it('words how long a delivery is overdue, singular and plural', () => {
    expect(overdueSince(i18n, 1)).toBe('überfällig seit 1 Tag');
    expect(overdueSince(i18n, 12)).toBe('überfällig seit 12 Tagen');
    expect(dueInWords(i18n, { nextDueAt: '2027-01-01', daysOverdue: 1 }, '2027-01-02')).toBe(
      '1 Tag überfällig',
    );
    expect(dueInWords(i18n, { nextDueAt: '2026-12-21', daysOverdue: 12 }, '2027-01-02')).toBe(
      '12 Tage überfällig',
    );
  });

  it('words an upcoming due date relative to today, across a month end', () => {
    expect(dueInWords(i18n, { nextDueAt: '2027-01-31', daysOverdue: 0 }, '2027-01-31')).toBe('heute fällig');
    expect(dueInWords(i18n, { nextDueAt: '2027-02-01', daysOverdue: 0 }, '2027-01-31')).toBe('morgen fällig');
    expect(dueInWords(i18n, { nextDueAt: '2027-03-02', daysOverdue: 0 }, '2027-02-25')).toBe(
      'in 5 Tagen fällig',
    );
  });
});
