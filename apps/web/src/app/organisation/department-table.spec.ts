import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_ROUTES } from '@datenlotse/contracts';
import { departmentRowFixture } from '../testing/fixtures';
import { DepartmentTable } from './department-table';

async function open(url: string): Promise<{ harness: RouterTestingHarness; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'organisation', component: DepartmentTable }]),
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, DepartmentTable);
  await harness.fixture.whenStable();
  const backend = TestBed.inject(HttpTestingController);
  backend.match(API_ROUTES.teamMembers).forEach((request) => request.flush([]));
  return { harness, backend };
}

function tableRequest(backend: HttpTestingController): TestRequest {
  return backend.expectOne((request) => request.url === API_ROUTES.departmentTable);
}

describe('DepartmentTable', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('asks the API for the view in the URL and lists the rows with links to the unit', async () => {
    const { harness, backend } = await open(
      '/organisation?view=table&stage=contacted&noContactDays=90&sort=lastContactAt&order=desc&page=2',
    );
    const request = tableRequest(backend);
    expect(request.request.params.toString()).toBe(
      'stage=contacted&noContactDays=90&sort=lastContactAt&order=desc&limit=50&offset=50',
    );
    request.flush({
      items: [
        departmentRowFixture('a37', 'Feuerwehr', {
          shortName: 'Amt 37',
          engagementStage: 'contacted',
          dezernatName: 'Dezernat 2',
          ownerName: 'Tara Team',
          contactCount: 4,
        }),
      ],
      total: 51,
    });
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    const link = element.querySelector<HTMLAnchorElement>('a[href="/organisation/a37"]');
    expect(link?.textContent?.trim()).toBe('Feuerwehr');
    expect(element.textContent).toContain('Kontaktiert');
    expect(element.textContent).toContain('Tara Team');
    expect(element.textContent).toContain('51 Einheiten');
  });

  it('puts a changed filter into the URL, back on page 1, keeping the sort and the page’s own parameters', async () => {
    const { harness, backend } = await open('/organisation?view=table&sort=name&order=desc&page=3');
    tableRequest(backend).flush({ items: [], total: 0 });
    await harness.fixture.whenStable();

    const table = harness.fixture.debugElement.query(
      (node) => node.componentInstance instanceof DepartmentTable,
    ).componentInstance as DepartmentTable;
    table['filterForm'].controls.stage.setValue('interviewed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await harness.fixture.whenStable();

    const url = TestBed.inject(Router).parseUrl(TestBed.inject(Router).url);
    expect(url.queryParams).toEqual({ view: 'table', stage: 'interviewed', sort: 'name', order: 'desc' });
    expect(tableRequest(backend).request.params.get('stage')).toBe('interviewed');
  });

  it('exports the view as it is filtered and sorted, all pages', async () => {
    const { harness, backend } = await open(
      '/organisation?view=table&tag=Geodaten&sort=stage&order=asc&page=2',
    );
    tableRequest(backend).flush({ items: [], total: 0 });
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    const exportButton = Array.from(element.querySelectorAll('button')).find((button) =>
      button.textContent?.includes('Exportieren'),
    );
    exportButton?.click();
    await harness.fixture.whenStable();
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[mat-menu-item]')).map((link) =>
      link.getAttribute('href'),
    );
    expect(links).toEqual([
      `${API_ROUTES.departmentTableExport}?tag=Geodaten&sort=stage&order=asc&format=csv`,
      `${API_ROUTES.departmentTableExport}?tag=Geodaten&sort=stage&order=asc&format=xlsx`,
    ]);
  });
});
