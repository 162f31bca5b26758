import { BreakpointObserver } from '@angular/cdk/layout';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_ROUTES, OutboxMailDto, OutboxPage as OutboxPageDto } from '@datenlotse/contracts';
import { of } from 'rxjs';
import { outboxMailFixture } from './outbox-fixtures';
import { OutboxPage } from './outbox-page';

async function open(
  url: string,
  phone = false,
): Promise<{ harness: RouterTestingHarness; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'outbox', component: OutboxPage }]),
      provideHttpClient(),
      provideHttpClientTesting(),
      ...(phone
        ? [
            {
              provide: BreakpointObserver,
              useValue: { observe: () => of({ matches: true, breakpoints: {} }) },
            },
          ]
        : []),
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, OutboxPage);
  await harness.fixture.whenStable();
  return { harness, backend: TestBed.inject(HttpTestingController) };
}

function listRequest(backend: HttpTestingController): TestRequest {
  return backend.expectOne((request) => request.url === API_ROUTES.outbox);
}

function answer(request: TestRequest, rows: OutboxMailDto[]): void {
  request.flush({ items: rows, total: rows.length } satisfies OutboxPageDto);
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const noSmtp = outboxMailFixture('m1', {
  status: 'pending',
  attempts: 1,
  lastError: 'not sent: no SMTP configured',
});
const rejected = outboxMailFixture('m2', {
  templateKey: 'task_due',
  status: 'failed',
  attempts: 12,
  lastError: '550 5.1.1 <nobody@example.org>: Recipient address rejected',
  nextAttemptAt: null,
});
const sent = outboxMailFixture('m3', {
  templateKey: 'approval_request',
  status: 'sent',
  attempts: 1,
  sentAt: '2026-01-19T08:01:00.000Z',
  cc: ['owner@example.org'],
});

describe('OutboxPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('asks for the status in the URL and puts a new filter into the URL', async () => {
    const { harness, backend } = await open('/outbox?status=failed');
    const first = listRequest(backend);
    expect(first.request.params.toString()).toBe('status=failed&limit=50&offset=0');
    answer(first, [rejected]);
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    const pending = Array.from(element.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')).find(
      (button) => button.textContent?.trim() === 'Ausstehend',
    );
    pending?.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/outbox?status=pending');
    const second = listRequest(backend);
    expect(second.request.params.toString()).toBe('status=pending&limit=50&offset=0');
    answer(second, []);
    await harness.fixture.whenStable();
    expect(element.textContent).toContain('Keine E-Mails in dieser Ansicht.');

    const all = Array.from(element.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')).find(
      (button) => button.textContent?.trim() === 'Alle',
    );
    all?.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/outbox');
    expect(listRequest(backend).request.params.toString()).toBe('limit=50&offset=0');
  });

  it('says each status in words, and that mails wait for want of SMTP, with a hint at the top', async () => {
    const { harness, backend } = await open('/outbox');
    answer(listRequest(backend), [noSmtp, rejected, sent]);
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    expect(text(element.querySelector('.hint'))).toContain('Es ist kein SMTP-Server konfiguriert');
    const lines = Array.from(element.querySelectorAll('tbody tr')).map((row) => text(row));
    expect(lines[0]).toContain('Lieferung überfällig');
    expect(lines[0]).toContain('nicht gesendet: kein SMTP konfiguriert');
    // The no-SMTP note is the status, not repeated as an error.
    expect(lines[0]).not.toContain('not sent: no SMTP configured');
    expect(lines[0]).toContain('Abbrechen');
    expect(lines[0]).not.toContain('Erneut senden');

    expect(lines[1]).toContain('Aufgabe fällig');
    expect(lines[1]).toContain('fehlgeschlagen');
    expect(lines[1]).toContain('Recipient address rejected');
    expect(lines[1]).toContain('12 Versuche');
    expect(lines[1]).toContain('Erneut senden');

    expect(lines[2]).toContain('Bitte um Freigabe');
    expect(lines[2]).toContain('gesendet');
    expect(lines[2]).toContain('Kopie: owner@example.org');
    expect(lines[2]).not.toContain('Abbrechen');
    expect(element.textContent).toContain('3 von 3 E-Mails');
  });

  it('shows no SMTP hint when the mails are sent, and cards on a phone', async () => {
    const { harness, backend } = await open('/outbox', true);
    answer(listRequest(backend), [rejected, sent]);
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('.hint')).toBeNull();
    expect(element.querySelector('table')).toBeNull();
    const cards = element.querySelectorAll('li.card');
    expect(cards).toHaveLength(2);
    expect(text(cards[0])).toContain('fehlgeschlagen');
    expect(text(cards[0])).toContain('Recipient address rejected');
  });

  it('sends a failed mail again and shows its new status', async () => {
    const { harness, backend } = await open('/outbox');
    answer(listRequest(backend), [rejected]);
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    const button = Array.from(element.querySelectorAll<HTMLButtonElement>('tbody button')).find((candidate) =>
      candidate.textContent?.includes('Erneut senden'),
    );
    button?.click();
    const request = backend.expectOne(`${API_ROUTES.outbox}/m2/resend`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ version: 1 });
    request.flush({ ...rejected, status: 'pending', lastError: null, version: 2 });
    await harness.fixture.whenStable();
    expect(text(element.querySelector('tbody tr'))).toContain('ausstehend');
  });
});
