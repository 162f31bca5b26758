import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_ROUTES } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { DatasetFilterBar } from './dataset-filters';
import { boardFixture, datasetRowFixture } from './dataset-fixtures';
import { DatasetsPage } from './datasets-page';

async function open(url: string): Promise<{ harness: RouterTestingHarness; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'datasets', component: DatasetsPage }]),
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({
    user: { id: 'u-team', email: 't@x.de', name: 'Tara Team', role: 'team', locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, DatasetsPage);
  await harness.fixture.whenStable();
  backend.match(API_ROUTES.teamMembers).forEach((request) => request.flush([]));
  backend.match(API_ROUTES.departments).forEach((request) => request.flush([]));
  return { harness, backend };
}

function listRequest(backend: HttpTestingController): TestRequest {
  return backend.expectOne((request) => request.url === API_ROUTES.datasets);
}

function currentParams(): Record<string, string> {
  const router = TestBed.inject(Router);
  return router.parseUrl(router.url).queryParams as Record<string, string>;
}

function filterBar(harness: RouterTestingHarness): DatasetFilterBar {
  return harness.fixture.debugElement.query((node) => node.componentInstance instanceof DatasetFilterBar)
    .componentInstance as DatasetFilterBar;
}

describe('DatasetsPage', () => {
  beforeEach(() => localStorage.clear());

  it('asks the API for the list in the URL and shows stage, completeness and an overdue delivery in words', async () => {
    const { harness, backend } = await open(
      '/datasets?stages=in_review&owner=me&overdue=true&sort=due&order=desc&page=2',
    );
    const request = listRequest(backend);
    expect(request.request.params.toString()).toBe(
      'stages=in_review&owner=me&overdue=true&sort=due&order=desc&limit=50&offset=50',
    );
    request.flush({
      items: [
        datasetRowFixture('ds-1', 'Sirenenstandorte', {
          stage: 'in_review',
          completenessScore: 70,
          unresolvedObjections: 2,
          nextDueAt: '2025-02-01T00:00:00Z',
          overdue: true,
        }),
      ],
      total: 51,
    });
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('a[href="/datasets/ds-1"]')?.textContent?.trim()).toBe('Sirenenstandorte');
    const row = element.querySelector('tr.mat-mdc-row')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(row).toContain('In Prüfung');
    expect(row).toContain('Metadaten vollständig zu 70 %');
    expect(row).toContain('2 offen');
    expect(row).toContain('überfällig');
    expect(element.textContent).toContain('51 Datensätze');
  });

  it('puts a changed filter into the URL, back on page 1, keeping the sort and other parameters', async () => {
    const { harness, backend } = await open('/datasets?sort=title&order=asc&page=3&from=start');
    listRequest(backend).flush({ items: [], total: 0 });
    await harness.fixture.whenStable();

    filterBar(harness)['form'].controls.stages.setValue(['on_hold', 'identified']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await harness.fixture.whenStable();

    expect(currentParams()).toEqual({
      from: 'start',
      stages: 'identified,on_hold',
      sort: 'title',
      order: 'asc',
    });
    expect(listRequest(backend).request.params.get('stages')).toBe('identified,on_hold');
  });

  it('keeps the filters when switching to the board, which asks for the same filters', async () => {
    const { harness, backend } = await open('/datasets?owner=none&objections=unresolved&page=2');
    listRequest(backend).flush({ items: [], total: 0 });
    await harness.fixture.whenStable();

    const boardToggle = Array.from(
      (harness.routeNativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>(
        'mat-button-toggle button',
      ),
    ).find((button) => button.textContent?.includes('Board'));
    boardToggle?.click();
    await harness.fixture.whenStable();

    expect(currentParams()).toEqual({ view: 'board', owner: 'none', objections: 'unresolved' });
    const board = backend.expectOne((request) => request.url === API_ROUTES.datasetBoard);
    expect(board.request.params.toString()).toBe('owner=none&objections=unresolved');
    board.flush(boardFixture([], ['identified']));
    backend.expectNone(API_ROUTES.datasets);
  });
});
