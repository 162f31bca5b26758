import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { API_ROUTES, InterviewDto, Role, interviewPath } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { interviewFixture } from './interview-fixtures';
import { InterviewPage } from './interview-page';

/** Opening dialogs on a busy machine takes longer than the default five seconds. */
const SLOW = 20_000;

async function render(
  role: Role,
  interview: InterviewDto,
): Promise<{ fixture: ComponentFixture<InterviewPage>; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({
    user: { id: `u-${role}`, email: 'x@example.org', name: 'Someone', role, locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const fixture = TestBed.createComponent(InterviewPage);
  fixture.componentRef.setInput('id', interview.id);
  await fixture.whenStable();
  backend.expectOne(interviewPath(interview.id)).flush(interview);
  await fixture.whenStable();
  return { fixture, backend };
}

function page(fixture: ComponentFixture<InterviewPage>): HTMLElement {
  return fixture.nativeElement as HTMLElement;
}

/** The actions offered, as the user reads them. */
function actions(fixture: ComponentFixture<InterviewPage>): string[] {
  return Array.from(
    page(fixture).querySelectorAll(
      '[data-testid="interview-actions"] a, [data-testid="interview-actions"] button',
    ),
  ).map((action) => action.textContent?.trim() ?? '');
}

function href(fixture: ComponentFixture<InterviewPage>, label: string): string | null {
  const link = Array.from(page(fixture).querySelectorAll('a')).find((a) => a.textContent?.trim() === label);
  return link?.getAttribute('href') ?? null;
}

function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('InterviewPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('offers the team to run, invite, edit and cancel a planned interview', async () => {
    const { fixture } = await render('team', interviewFixture('iv1'));
    expect(page(fixture).querySelector('h1')?.textContent?.trim()).toBe('Interview mit Feuerwehr');
    expect(page(fixture).textContent).toContain('Mi., 02.12.2026, 10:00–11:30 Uhr');
    expect(actions(fixture)).toEqual(['Interview durchführen', 'Einladung senden', 'Bearbeiten', 'Absagen']);
    expect(href(fixture, 'Interview durchführen')).toBe('/interviews/iv1/run');
    expect(page(fixture).querySelector('[data-testid="interview-invitation"]')?.textContent?.trim()).toBe(
      'Die Einladung ist noch nicht gesendet.',
    );
  });

  it('says when the invitation went out and offers to send it again', async () => {
    const { fixture } = await render(
      'team',
      interviewFixture('iv1', { invitationSentAt: new Date(2026, 10, 20, 9, 15).toISOString() }),
    );
    expect(actions(fixture)).toContain('Einladung erneut senden');
    expect(page(fixture).querySelector('[data-testid="interview-invitation"]')?.textContent?.trim()).toBe(
      'Einladung gesendet am 20.11.2026, 09:15.',
    );
  });

  it('continues a running interview', async () => {
    const { fixture } = await render('team', interviewFixture('iv1', { status: 'in_progress' }));
    expect(actions(fixture)).toEqual(['Fortsetzen']);
    expect(href(fixture, 'Fortsetzen')).toBe('/interviews/iv1/run');
  });

  it('shows a completed interview with its protocol and what it created, linked to the records', async () => {
    const completed = interviewFixture('iv1', {
      status: 'completed',
      completedAt: new Date(2026, 11, 2, 11, 40).toISOString(),
      completionCount: 2,
      outcomes: [
        { kind: 'dataset', sourceKey: 'r1', entityId: 'ds1', label: 'Standorte der Sirenen' },
        { kind: 'dataset', sourceKey: 'r2', entityId: 'ds2', label: 'Einsatzstatistik' },
        { kind: 'objection', sourceKey: 'k1', entityId: 'ob1', label: 'Kritische Infrastruktur' },
        { kind: 'agreement', sourceKey: 'agreement', entityId: 'ag1', label: 'Einsatzstatistik' },
        { kind: 'task', sourceKey: 'follow_up', entityId: 't1', label: 'Nachfassen: Einsatzstatistik' },
      ],
    });
    const team = await render('team', completed);
    expect(actions(team.fixture)).toEqual(['Protokoll', 'Bearbeiten und erneut abschließen']);
    expect(href(team.fixture, 'Protokoll')).toBe('/interviews/iv1/protocol');
    expect(href(team.fixture, 'Bearbeiten und erneut abschließen')).toBe('/interviews/iv1/run');
    expect(page(team.fixture).textContent).toContain('2-mal abgeschlossen');
    expect(href(team.fixture, 'Standorte der Sirenen')).toBe('/datasets/ds1');
    expect(href(team.fixture, 'Kritische Infrastruktur')).toBe('/organisation/a37#objection-title-ob1');
    expect(href(team.fixture, 'Nachfassen: Einsatzstatistik')).toBe('/organisation/a37#task-t1');
    const groups = Array.from(page(team.fixture).querySelectorAll('.group h3')).map((h) =>
      h.textContent?.trim(),
    );
    expect(groups).toEqual(['Datensätze', 'Vorbehalte', 'Liefervereinbarung', 'Aufgaben']);

    TestBed.resetTestingModule();
    // A department head reads it: the protocol, nothing to change.
    const head = await render('department_head', completed);
    expect(actions(head.fixture)).toEqual(['Protokoll']);
  });

  it('says so when the interview does not exist or belongs to another department', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(InterviewPage);
    fixture.componentRef.setInput('id', 'elsewhere');
    await fixture.whenStable();
    backend
      .expectOne(interviewPath('elsewhere'))
      .flush(
        { statusCode: 404, message: 'No interview elsewhere' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect(page(fixture).querySelector('h1')?.textContent?.trim()).toBe('Interview nicht gefunden');
    expect(href(fixture, 'Zu den Interviews')).toBe('/interviews');
  });

  it('offers department heads and management no action on a planned interview', async () => {
    const head = await render('department_head', interviewFixture('iv1'));
    expect(actions(head.fixture)).toEqual([]);
    TestBed.resetTestingModule();
    const management = await render('management', interviewFixture('iv1'));
    expect(actions(management.fixture)).toEqual([]);
    expect(page(management.fixture).textContent).toContain('Feuerwache 1, Raum 3');
  });

  it(
    'cancels only with a reason and then shows it',
    async () => {
      const { fixture, backend } = await render('team', interviewFixture('iv1', { version: 3 }));
      button(page(fixture), 'Absagen').click();
      await fixture.whenStable();
      const dialog = document.body.querySelector('dl-cancel-interview-dialog') as HTMLElement;
      expect(dialog.textContent).toContain(
        'Das Interview mit Feuerwehr (Mi., 02.12.2026, 10:00–11:30 Uhr) findet nicht statt.',
      );

      button(dialog, 'Absagen').click();
      await fixture.whenStable();
      backend.expectNone((r) => r.method === 'POST');
      expect(dialog.textContent).toContain('Bitte ausfüllen.');

      const reason = dialog.querySelector('textarea') as HTMLTextAreaElement;
      reason.value = 'Die Amtsleitung ist erkrankt.';
      reason.dispatchEvent(new Event('input'));
      button(dialog, 'Absagen').click();
      const post = backend.expectOne(interviewPath('iv1', 'cancel'));
      expect(post.request.body).toEqual({ version: 3, reason: 'Die Amtsleitung ist erkrankt.' });
      const cancelled = interviewFixture('iv1', {
        status: 'cancelled',
        cancelReason: 'Die Amtsleitung ist erkrankt.',
      });
      post.flush(cancelled);
      await fixture.whenStable();

      backend.expectOne(interviewPath('iv1')).flush(cancelled);
      await fixture.whenStable();
      expect(actions(fixture)).toEqual([]);
      expect(page(fixture).textContent).toContain('Abgesagt: Die Amtsleitung ist erkrankt.');
    },
    SLOW,
  );
});
