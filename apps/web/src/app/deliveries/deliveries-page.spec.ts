import { BreakpointObserver } from '@angular/cdk/layout';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_ROUTES, DueDeliveryRow, Page } from '@datenlotse/contracts';
import { of } from 'rxjs';
import { DeliveriesPage } from './deliveries-page';
import { dueRowFixture } from './delivery-fixtures';

async function open(
  url: string,
  phone = false,
): Promise<{ harness: RouterTestingHarness; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'deliveries', component: DeliveriesPage }]),
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
  await harness.navigateByUrl(url, DeliveriesPage);
  await harness.fixture.whenStable();
  return { harness, backend: TestBed.inject(HttpTestingController) };
}

function dueRequest(backend: HttpTestingController): TestRequest {
  return backend.expectOne((request) => request.url === API_ROUTES.dueDeliveries);
}

function answer(request: TestRequest, rows: DueDeliveryRow[], total = rows.length): void {
  request.flush({ items: rows, total } satisfies Page<DueDeliveryRow>);
}

const rows = [
  dueRowFixture('ag1', 'Sirenenstandorte', { nextDueAt: '2026-01-19', daysOverdue: 12 }),
  dueRowFixture('ag2', 'Hydranten', { nextDueAt: '2026-01-30', daysOverdue: 1, contactEmail: null }),
];

describe('DeliveriesPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('asks for the view in the URL and says in words how long each delivery is overdue', async () => {
    const { harness, backend } = await open('/deliveries?status=overdue&owner=me');
    const request = dueRequest(backend);
    expect(request.request.params.toString()).toBe('status=overdue&owner=me&limit=50&offset=0');
    answer(request, rows);
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    const lines = Array.from(element.querySelectorAll('tbody tr')).map((row) =>
      (row.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(lines[0]).toContain('19.01.2026');
    expect(lines[0]).toContain('12 Tage überfällig');
    expect(lines[0]).toContain('Sirenenstandorte');
    expect(lines[1]).toContain('1 Tag überfällig');
    expect(element.querySelector('a[href="/datasets/ds-ag1"]')?.textContent?.trim()).toBe('Sirenenstandorte');
    const mail = element.querySelector<HTMLAnchorElement>('a[href="mailto:anna.beispiel@example.org"]');
    expect(mail?.getAttribute('aria-label')).toBe('E-Mail an Anna Beispiel');
    // Without an address the name stays plain text.
    expect(element.querySelectorAll('a[href^="mailto:"]')).toHaveLength(1);
    expect(element.textContent).toContain('2 von 2 Lieferungen');
  });

  it('switches to the upcoming ones in the URL and asks for the next 30 days', async () => {
    const { harness, backend } = await open('/deliveries');
    const first = dueRequest(backend);
    expect(first.request.params.get('status')).toBe('all');
    answer(first, rows);
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    const upcoming = Array.from(element.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')).find(
      (button) => button.textContent?.trim() === 'Demnächst',
    );
    upcoming?.click();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/deliveries?status=upcoming');
    const next = dueRequest(backend);
    expect(next.request.params.toString()).toBe('status=upcoming&withinDays=30&limit=50&offset=0');
    answer(next, []);
    await harness.fixture.whenStable();
    expect(element.textContent).toContain('In den nächsten 30 Tagen ist keine Lieferung fällig.');
  });

  it('shows cards on a phone, overdue in words', async () => {
    const { harness, backend } = await open('/deliveries?status=overdue', true);
    answer(dueRequest(backend), rows);
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('table')).toBeNull();
    const cards = element.querySelectorAll('li.card');
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('12 Tage überfällig');
    expect(cards[0].textContent).toContain('Feuerwehr');
  });
});
