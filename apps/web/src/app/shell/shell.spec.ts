import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { API_ROUTES, Role, SessionUser } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { I18nService } from '../i18n/i18n.service';
import { navItemsFor } from './nav';
import { Shell } from './shell';

function user(role: Role): SessionUser {
  return {
    id: `id-${role}`,
    email: `${role}@example.org`,
    name: `Erika ${role}`,
    role,
    locale: 'de',
    departmentIds: [],
  };
}

async function renderShellAs(role: Role): Promise<ComponentFixture<Shell>> {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const session = TestBed.inject(SessionService);
  const signedIn = session.ensureLoaded();
  TestBed.inject(HttpTestingController)
    .expectOne(API_ROUTES.me)
    .flush({ user: user(role) });
  await signedIn;

  const fixture = TestBed.createComponent(Shell);
  await fixture.whenStable();
  return fixture;
}

function navLabels(fixture: ComponentFixture<Shell>): string[] {
  const element = fixture.nativeElement as HTMLElement;
  return Array.from(element.querySelectorAll('nav a')).map((link) => link.textContent?.trim() ?? '');
}

describe('Shell navigation', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows "Benutzer" to an admin', async () => {
    const fixture = await renderShellAs('admin');
    expect(navLabels(fixture)).toEqual([
      'Start',
      'Organisation',
      'Datensätze',
      'Interviews',
      'Aufgaben',
      'Lieferungen',
      'Freigaben',
      'Argumente',
      'Musterdaten',
      'Import',
      'Postausgang',
      'Benutzer',
      'E-Mail-Vorlagen',
    ]);
  });

  it('hides "Benutzer" from the team, and the team\'s work from department heads and management', async () => {
    const fixture = await renderShellAs('team');
    expect(navLabels(fixture)).toEqual([
      'Start',
      'Organisation',
      'Datensätze',
      'Interviews',
      'Aufgaben',
      'Lieferungen',
      'Freigaben',
      'Argumente',
      'Musterdaten',
      'Import',
      'Postausgang',
    ]);
    // Department heads follow their datasets, interviews, deliveries and approvals; management also reads the library and the gap list.
    expect(navItemsFor('department_head').map((item) => item.path)).toEqual([
      '/',
      '/organisation',
      '/datasets',
      '/interviews',
      '/deliveries',
      '/approvals',
    ]);
    expect(navItemsFor('management').map((item) => item.path)).toEqual([
      '/',
      '/organisation',
      '/datasets',
      '/interviews',
      '/deliveries',
      '/approvals',
      '/arguments',
      '/model-datasets',
    ]);
  });

  it('shows nothing to a visitor without a role', () => {
    expect(navItemsFor(null)).toEqual([]);
  });

  it('relabels the navigation in place when the language changes (no reload)', async () => {
    const fixture = await renderShellAs('admin');
    await TestBed.inject(I18nService).use('en');
    await fixture.whenStable();
    expect(navLabels(fixture)).toEqual([
      'Start',
      'Organisation',
      'Datasets',
      'Interviews',
      'Tasks',
      'Deliveries',
      'Approvals',
      'Arguments',
      'Model datasets',
      'Import',
      'Outbox',
      'Users',
      'Email templates',
    ]);
  });

  it('shows the open tasks beside "Aufgaben" and reads out how many are overdue', async () => {
    const fixture = await renderShellAs('team');
    TestBed.inject(HttpTestingController).expectOne(API_ROUTES.taskCount).flush({ open: 3, overdue: 1 });
    await fixture.whenStable();
    const badge = (fixture.nativeElement as HTMLElement).querySelector(
      'nav a[href="/tasks"] dl-task-count-badge [role="img"]',
    );
    expect(badge?.textContent?.trim()).toBe('3');
    expect(badge?.getAttribute('aria-label')).toBe('3 offene Aufgaben, 1 überfällig');
  });

  it('names the user menu after the signed-in user', async () => {
    const fixture = await renderShellAs('admin');
    const button = (fixture.nativeElement as HTMLElement).querySelector('.user-button');
    expect(button?.getAttribute('aria-label')).toBe('Benutzermenü von Erika admin');
  });
});
