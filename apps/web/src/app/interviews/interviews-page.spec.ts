import { BreakpointObserver } from '@angular/cdk/layout';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_ROUTES, InterviewSummaryDto, Page, Role } from '@datenlotse/contracts';
import { of } from 'rxjs';
import { SessionService } from '../core/session.service';
import { departmentFixture } from '../testing/fixtures';
import { interviewSummaryFixture } from './interview-fixtures';
import { InterviewsPage } from './interviews-page';

async function open(
  url: string,
  role: Role = 'team',
  phone = false,
): Promise<{ harness: RouterTestingHarness; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'interviews', component: InterviewsPage }]),
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
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({
    user: { id: `u-${role}`, email: 'x@example.org', name: 'Someone', role, locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, InterviewsPage);
  backend
    .expectOne(API_ROUTES.departments)
    .flush([
      departmentFixture('a37', 'Feuerwehr', 'Amt 37', 'amt'),
      departmentFixture('a62', 'Vermessung', 'Amt 62', 'amt'),
    ]);
  await harness.fixture.whenStable();
  return { harness, backend };
}

function listRequest(backend: HttpTestingController): TestRequest {
  return backend.expectOne((request) => request.url === API_ROUTES.interviews);
}

function answer(request: TestRequest, rows: InterviewSummaryDto[]): void {
  request.flush({ items: rows, total: rows.length } satisfies Page<InterviewSummaryDto>);
}

function texts(root: HTMLElement, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector)).map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

describe('InterviewsPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows the planned and running interviews by default, with the day, time span and who comes', async () => {
    const { harness, backend } = await open('/interviews');
    const request = listRequest(backend);
    expect(request.request.params.toString()).toBe('statuses=planned,in_progress&limit=50&offset=0');
    answer(request, [
      interviewSummaryFixture('iv1', { videoUrl: 'https://meet.example.org/feuerwehr' }),
      interviewSummaryFixture('iv2', {
        status: 'in_progress',
        departmentId: 'a62',
        departmentName: 'Vermessung',
      }),
    ]);
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    const rows = texts(element, 'tbody tr');
    expect(rows[0]).toContain('Mi., 02.12.2026, 10:00–11:30 Uhr');
    expect(rows[0]).toContain('Feuerwache 1, Raum 3');
    expect(rows[0]).toContain('Videokonferenz');
    expect(rows[0]).toContain('Tara Team');
    expect(rows[0]).toContain('Geplant');
    expect(rows[0]).toContain('Dreiteiliges Interview, Version 1');
    expect(rows[1]).toContain('Läuft');
    expect(element.querySelector('tbody tr a[href="/interviews/iv1"]')).not.toBeNull();
    expect(element.querySelector('a[href="/organisation/a62"]')?.textContent?.trim()).toBe('Vermessung');
    expect(element.querySelector('a[href="https://meet.example.org/feuerwehr"]')).not.toBeNull();
    expect(element.textContent).toContain('2 von 2 Interviews');
  });

  it('keeps the filter and the unit in the URL and asks the API for exactly them', async () => {
    const { harness, backend } = await open('/interviews?departmentId=a37');
    const first = listRequest(backend);
    expect(first.request.params.get('departmentId')).toBe('a37');
    answer(first, []);
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    const toggle = (label: string): void =>
      Array.from(element.querySelectorAll<HTMLButtonElement>('mat-button-toggle button'))
        .find((button) => button.textContent?.trim() === label)
        ?.click();

    toggle('Abgeschlossen');
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/interviews?departmentId=a37&status=completed');
    const completed = listRequest(backend);
    expect(completed.request.params.toString()).toBe('statuses=completed&departmentId=a37&limit=50&offset=0');
    answer(completed, []);
    await harness.fixture.whenStable();

    toggle('Alle');
    await harness.fixture.whenStable();
    const all = listRequest(backend);
    // "Alle" asks for no status at all.
    expect(all.request.params.toString()).toBe('departmentId=a37&limit=50&offset=0');
    answer(all, []);
    await harness.fixture.whenStable();
    expect(element.textContent).toContain(
      'Noch keine Interviews. Planen Sie das erste mit „Interview planen“.',
    );

    Array.from(element.querySelectorAll<HTMLButtonElement>('button'))
      .find((button) => button.textContent?.trim() === 'Alle Einheiten zeigen')
      ?.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/interviews?status=all');
    answer(listRequest(backend), []);
  });

  it('offers the team planning, analysis and questionnaires; a department head only reads', async () => {
    const team = await open('/interviews');
    answer(listRequest(team.backend), []);
    await team.harness.fixture.whenStable();
    const teamPage = team.harness.routeNativeElement as HTMLElement;
    expect(texts(teamPage, '.heading-actions a, .heading-actions button')).toEqual([
      'Auswertung',
      'Fragebögen',
      'Interview planen',
    ]);
    expect(teamPage.querySelector('a[href="/interviews/analysis"]')).not.toBeNull();
    expect(teamPage.querySelector('a[href="/questionnaires"]')).not.toBeNull();
    expect(teamPage.textContent).toContain('Zurzeit ist kein Interview geplant. Mit „Interview planen“');

    TestBed.resetTestingModule();
    const head = await open('/interviews', 'department_head');
    answer(listRequest(head.backend), []);
    await head.harness.fixture.whenStable();
    const headPage = head.harness.routeNativeElement as HTMLElement;
    expect(texts(headPage, '.heading-actions a, .heading-actions button')).toEqual([]);
    expect(headPage.querySelector('.empty')?.textContent?.trim()).toBe('Zurzeit ist kein Interview geplant.');
  });

  it('shows cards on a phone', async () => {
    const { harness, backend } = await open('/interviews', 'team', true);
    answer(listRequest(backend), [interviewSummaryFixture('iv1')]);
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('table')).toBeNull();
    const cards = texts(element, 'li.card');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Feuerwehr');
    expect(cards[0]).toContain('Mi., 02.12.2026, 10:00–11:30 Uhr');
  });
});
