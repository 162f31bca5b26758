import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { API_ROUTES, ContactPage, DepartmentDto, Role, SessionUser } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { contactFixture, departmentFixture } from '../testing/fixtures';
import { DepartmentPage } from './department-page';

const dezernat = departmentFixture(
  'd2',
  'Dezernat für Recht, Ordnung und Feuerwehr',
  'Dezernat 2',
  'dezernat',
);
const feuerwehr: DepartmentDto = {
  ...departmentFixture('a37', 'Feuerwehr', 'Amt 37', 'amt', 'd2'),
  ownerUserId: 'u-team',
  tags: ['Bevölkerungsschutz'],
  engagementStage: 'paused',
  derivedStage: 'contacted',
  stageOverride: {
    stage: 'paused',
    reason: 'Umzug der Leitstelle',
    at: '2025-01-10T09:00:00Z',
    byUserId: null,
  },
};
const abteilung = departmentFixture('a37-1', 'Abteilung Einsatzvorbereitung', '37/1', 'abteilung', 'a37');
const contacts: ContactPage = {
  items: [
    contactFixture('c1', 'Dr. Hanna Brandt', 'a37', { isHead: true, title: 'Amtsleiterin' }),
    contactFixture('c2', 'Jonas Weber', 'a37', {
      email: 'jonas.weber@example.org',
      relationship: 'introduced',
    }),
    contactFixture('c3', '', 'a37', { name: null, erasedAt: '2025-02-01T00:00:00Z' }),
  ],
  total: 3,
};

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

async function renderAs(role: Role): Promise<ComponentFixture<DepartmentPage>> {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({ user: user(role) });
  await signedIn;

  const fixture = TestBed.createComponent(DepartmentPage);
  fixture.componentRef.setInput('id', 'a37');
  await fixture.whenStable();
  backend.expectOne(`${API_ROUTES.departments}/a37`).flush(feuerwehr);
  backend
    .expectOne(
      (request) => request.url === API_ROUTES.contacts && request.params.get('departmentId') === 'a37',
    )
    .flush(contacts);
  backend
    .expectOne((request) => request.url === API_ROUTES.departments && request.params.has('includeArchived'))
    .flush([dezernat, feuerwehr, abteilung]);
  backend.expectOne(API_ROUTES.teamMembers).flush([{ id: 'u-team', name: 'Tara Team', role: 'team' }]);
  await fixture.whenStable();
  return fixture;
}

function text(fixture: ComponentFixture<DepartmentPage>): string {
  return (fixture.nativeElement as HTMLElement).textContent ?? '';
}

function buttonLabels(fixture: ComponentFixture<DepartmentPage>): string[] {
  return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).map(
    (button) => button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '',
  );
}

describe('DepartmentPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows where the unit sits, its manual stage with the reason, owner, head, contacts and sub-units', async () => {
    const fixture = await renderAs('team');
    const element = fixture.nativeElement as HTMLElement;
    const crumbs = Array.from(element.querySelectorAll('.breadcrumb li')).map((li) => li.textContent?.trim());
    expect(crumbs).toEqual(['Organisation', 'Dezernat 2', 'Amt 37']);
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Feuerwehr');
    expect(text(fixture)).toContain('Pausiert');
    expect(text(fixture)).toContain('manuell gesetzt: Umzug der Leitstelle');
    expect(text(fixture)).toContain('Tara Team');
    expect(text(fixture)).toContain('Bevölkerungsschutz');
    expect(element.querySelector('[aria-labelledby="dept-heads"]')?.textContent).toContain(
      'Dr. Hanna Brandt',
    );
    const others = element.querySelector('[aria-labelledby="dept-contacts"]')?.textContent ?? '';
    expect(others).toContain('Jonas Weber');
    expect(others).not.toContain('Dr. Hanna Brandt');
    expect(others).toContain('Ehemaliger Kontakt');
    expect(element.querySelector('a[href="mailto:jonas.weber@example.org"]')).not.toBeNull();
    expect(element.querySelector('[aria-labelledby="dept-subunits"]')?.textContent).toContain(
      'Abteilung Einsatzvorbereitung',
    );
  });

  it('offers the team every action, but none on a former contact', async () => {
    const fixture = await renderAs('team');
    const labels = buttonLabels(fixture);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Bearbeiten',
        'Phase manuell setzen',
        'Weitere Aktionen für Feuerwehr',
        'Kontakt anlegen',
        'Aktionen für Dr. Hanna Brandt',
        'Aktionen für Jonas Weber',
      ]),
    );
    expect(labels.filter((label) => label.startsWith('Aktionen für'))).toHaveLength(2);
  });

  it('shows management and department heads the page without any edit control', async () => {
    for (const role of ['management', 'department_head'] as const) {
      TestBed.resetTestingModule();
      const fixture = await renderAs(role);
      expect(text(fixture)).toContain('Jonas Weber');
      expect(text(fixture)).toContain('manuell gesetzt: Umzug der Leitstelle');
      const labels = buttonLabels(fixture);
      for (const forbidden of ['Bearbeiten', 'Phase manuell setzen', 'Kontakt anlegen']) {
        expect(labels).not.toContain(forbidden);
      }
      expect(labels.filter((label) => /Aktionen für/.test(label))).toEqual([]);
    }
  });

  it('says so when the unit does not exist or is not visible', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(DepartmentPage);
    fixture.componentRef.setInput('id', 'elsewhere');
    await fixture.whenStable();
    TestBed.inject(HttpTestingController)
      .expectOne(`${API_ROUTES.departments}/elsewhere`)
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'no' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent?.trim()).toBe(
      'Einheit nicht gefunden',
    );
  });
});
