import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { API_ROUTES, DepartmentDto, Role, SessionUser } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { departmentFixture } from '../testing/fixtures';
import { OrganisationPage } from './organisation-page';

const departments: DepartmentDto[] = [
  departmentFixture('d1', 'Dezernat des Oberbürgermeisters', 'Dezernat 1', 'dezernat', null),
  departmentFixture('a12', 'Amt für Statistik und Wahlen', 'Amt 12', 'amt', 'd1'),
];

function user(role: Role): SessionUser {
  return {
    id: `id-${role}`,
    email: `${role}@example.org`,
    name: 'Erika',
    role,
    locale: 'de',
    departmentIds: [],
  };
}

async function renderAs(role: Role): Promise<ComponentFixture<OrganisationPage>> {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({ user: user(role) });
  await signedIn;

  const fixture = TestBed.createComponent(OrganisationPage);
  await fixture.whenStable();
  backend.expectOne(API_ROUTES.departments).flush(departments);
  await fixture.whenStable();
  return fixture;
}

function buttonLabels(fixture: ComponentFixture<OrganisationPage>): string[] {
  return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).map(
    (button) => button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '',
  );
}

describe('OrganisationPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('offers the team to add a unit and to edit each one, named after the unit', async () => {
    const fixture = await renderAs('team');
    const labels = buttonLabels(fixture);
    expect(labels).toContain('Einheit anlegen');
    expect(labels).toContain('Dezernat des Oberbürgermeisters bearbeiten');
    expect(labels).toContain('Amt für Statistik und Wahlen bearbeiten');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Amt für Statistik und Wahlen');
  });

  it('shows management and department heads the tree without any edit controls', async () => {
    for (const role of ['management', 'department_head'] as const) {
      TestBed.resetTestingModule();
      const fixture = await renderAs(role);
      const element = fixture.nativeElement as HTMLElement;
      expect(element.textContent).toContain('Amt für Statistik und Wahlen');
      expect(buttonLabels(fixture).filter((label) => /anlegen|bearbeiten/.test(label))).toEqual([]);
    }
  });

  it('switches to the table view, which keeps its state in the URL', async () => {
    const fixture = await renderAs('management');
    const element = fixture.nativeElement as HTMLElement;
    const toggle = Array.from(element.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')).find(
      (button) => button.textContent?.includes('Tabelle'),
    );
    toggle?.click();
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/?view=table');
    TestBed.inject(HttpTestingController)
      .expectOne((request) => request.url === API_ROUTES.departmentTable)
      .flush({ items: [], total: 0 });
    await fixture.whenStable();
    expect(element.textContent).toContain('Keine Einheit passt zu den Filtern.');
    expect(element.querySelector('dl-department-tree-view')).toBeNull();
  });
});
