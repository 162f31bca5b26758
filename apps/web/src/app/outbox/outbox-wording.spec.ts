import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { outboxMailFixture } from './outbox-fixtures';
import { outboxFilterFromParams, outboxQueryOf, paramsFromOutboxFilter } from './outbox-view';
import { outboxStatusText, shownLastError } from './outbox-wording';

describe('outbox wording', () => {
  beforeEach(() => localStorage.clear());

  it('words every status, and a pending mail without SMTP as not sent', async () => {
    const i18n = TestBed.inject(I18nService);
    const words = (overrides: Parameters<typeof outboxMailFixture>[1]): string =>
      i18n.t(outboxStatusText(outboxMailFixture('m', overrides)));
    expect(words({ status: 'pending' })).toBe('ausstehend');
    expect(words({ status: 'sending' })).toBe('wird gesendet');
    expect(words({ status: 'sent' })).toBe('gesendet');
    expect(words({ status: 'failed' })).toBe('fehlgeschlagen');
    expect(words({ status: 'cancelled' })).toBe('abgebrochen');
    expect(words({ status: 'pending', lastError: 'not sent: no SMTP configured' })).toBe(
      'nicht gesendet: kein SMTP konfiguriert',
    );
    // Once cancelled, the mail reads as cancelled even if it had waited for SMTP.
    expect(words({ status: 'cancelled', lastError: 'not sent: no SMTP configured' })).toBe('abgebrochen');
    await i18n.use('en');
    expect(words({ status: 'pending', lastError: 'not sent: no SMTP configured' })).toBe(
      'not sent: no SMTP configured',
    );
  });

  it('shows an SMTP server answer as the last error, not the no-SMTP note', () => {
    expect(shownLastError(outboxMailFixture('m', { status: 'failed', lastError: '550 rejected' }))).toBe(
      '550 rejected',
    );
    expect(shownLastError(outboxMailFixture('m', { lastError: 'not sent: no SMTP configured' }))).toBeNull();
  });

  it('reads the filter from the URL, unknown values as all', () => {
    expect(outboxFilterFromParams({ status: 'failed' })).toBe('failed');
    expect(outboxFilterFromParams({ status: 'sending' })).toBe('all');
    expect(outboxFilterFromParams({})).toBe('all');
    expect(paramsFromOutboxFilter('all')).toEqual({ status: null });
    expect(outboxQueryOf('all', 50, 0)).toEqual({ limit: 50, offset: 0 });
    expect(outboxQueryOf('cancelled', 50, 50)).toEqual({ status: 'cancelled', limit: 50, offset: 50 });
  });
});
