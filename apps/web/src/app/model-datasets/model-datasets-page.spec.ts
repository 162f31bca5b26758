import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_ROUTES, ModelDatasetGapList, ModelDatasetGapRow, Role } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { ModelDatasetsPage } from './model-datasets-page';

function row(id: string, label: string, overrides: Partial<ModelDatasetGapRow> = {}): ModelDatasetGapRow {
  return {
    id,
    key: `sicherheit/${id}`,
    name: `Sicherheit - ${label}`,
    theme: 'Sicherheit',
    label,
    description: null,
    themeEn: 'Security',
    labelEn: null,
    uri: `https://musterdatenkatalog.de/def/musterdatensatz/sicherheit/${id}`,
    publisherCount: 0,
    cityDataset: null,
    cityDatasetCount: 0,
    ...overrides,
  };
}

function gapList(rows: ModelDatasetGapRow[]): ModelDatasetGapList {
  return {
    themes: [{ theme: 'Sicherheit', themeEn: 'Security', rows }],
    total: 241,
    covered: 12,
    published: 5,
    attribution: 'Musterdatenkatalog: Bertelsmann Stiftung (CC0 1.0)',
  };
}

async function open(url: string, role: Role = 'team') {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'model-datasets', component: ModelDatasetsPage }]),
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({
    user: { id: 'u1', email: 'x@example.org', name: 'Tara Team', role, locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, ModelDatasetsPage);
  await harness.fixture.whenStable();
  return { harness, backend };
}

/** The list request of the view (the theme select's unfiltered request has no parameters). */
function listRequests(backend: HttpTestingController): TestRequest[] {
  return backend.match((request) => request.url === API_ROUTES.modelDatasets);
}

describe('ModelDatasetsPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('asks the API for the filters in the URL and shows totals, rows and the attribution', async () => {
    const { harness, backend } = await open('/model-datasets?theme=Sicherheit&coverage=missing&q=Sirene');
    const requests = listRequests(backend);
    const filtered = requests.find((request) => request.request.params.keys().length > 0);
    expect(filtered?.request.params.toString()).toBe('theme=Sicherheit&q=Sirene&coverage=missing');
    for (const request of requests) {
      request.flush(
        gapList([row('sirene', 'Zivilschutz und Katastrophenschutz - Sirene', { publisherCount: 3 })]),
      );
    }
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    expect(element.textContent).toContain('12 von 241 Musterdatensätzen hat die Stadt im Blick');
    expect(element.textContent).toContain('5 davon veröffentlicht');
    expect(element.querySelector('h2')?.textContent).toContain('Sicherheit');
    expect(element.textContent).toContain('In 3 Kommunen veröffentlicht');
    expect(element.textContent).toContain('Kandidat anlegen');
    expect(element.querySelector('footer')?.textContent).toContain('Bertelsmann Stiftung');
  });

  it('puts a chosen coverage into the URL and asks for it', async () => {
    const { harness, backend } = await open('/model-datasets?theme=Sicherheit');
    listRequests(backend).forEach((request) => request.flush(gapList([row('sirene', 'Sirene')])));
    await harness.fixture.whenStable();

    const page = harness.routeDebugElement?.componentInstance as ModelDatasetsPage;
    page['filterForm'].controls.coverage.setValue('published');
    await harness.fixture.whenStable();

    const router = TestBed.inject(Router);
    expect(router.parseUrl(router.url).queryParams).toEqual({ theme: 'Sicherheit', coverage: 'published' });
    const next = listRequests(backend);
    expect(next.map((request) => request.request.params.toString())).toEqual([
      'theme=Sicherheit&coverage=published',
    ]);
  });

  it('shows the city dataset with its stage in words, and no candidate button for management', async () => {
    const { harness, backend } = await open('/model-datasets', 'management');
    listRequests(backend).forEach((request) =>
      request.flush(
        gapList([
          row('sirene', 'Sirene', {
            cityDataset: { id: 'd-sirens', title: 'Sirenenstandorte', stage: 'published' },
            cityDatasetCount: 1,
          }),
          row('hydrant', 'Hydranten'),
        ]),
      ),
    );
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    const link = element.querySelector<HTMLAnchorElement>('a[href="/datasets/d-sirens"]');
    expect(link?.textContent?.trim()).toBe('Sirenenstandorte');
    expect(element.textContent).toContain('Veröffentlicht');
    expect(element.textContent).toContain('Lücke');
    expect(element.textContent).not.toContain('Kandidat anlegen');
  });
});
