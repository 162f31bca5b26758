import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { API_ROUTES, ApiError, QuestionnaireTemplateDto, interviewPath } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { contactFixture, departmentFixture } from '../testing/fixtures';
import { interviewFixture } from './interview-fixtures';
import { PlanInterviewDialog, PlanInterviewDialogData } from './plan-interview-dialog';

const templates: QuestionnaireTemplateDto[] = [
  {
    id: 't2',
    name: 'Kurzinterview',
    description: null,
    isDefault: false,
    archivedAt: null,
    version: 1,
    versions: [
      {
        id: 'k1',
        number: 1,
        status: 'published',
        publishedAt: '2026-01-01',
        interviewCount: 0,
        questionCount: 5,
      },
    ],
  },
  {
    id: 't1',
    name: 'Dreiteiliges Interview',
    description: null,
    isDefault: true,
    archivedAt: null,
    version: 3,
    versions: [
      {
        id: 'v1',
        number: 1,
        status: 'published',
        publishedAt: '2026-01-01',
        interviewCount: 5,
        questionCount: 30,
      },
      {
        id: 'v2',
        number: 2,
        status: 'published',
        publishedAt: '2026-06-01',
        interviewCount: 0,
        questionCount: 31,
      },
      { id: 'v3', number: 3, status: 'draft', publishedAt: null, interviewCount: 0, questionCount: 32 },
    ],
  },
];

/** The dialog opens selects and pickers; on a busy machine that takes longer than the default five seconds. */
const SLOW = 20_000;

describe('PlanInterviewDialog', () => {
  let closed: unknown[];
  let backend: HttpTestingController;

  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  async function render(data: PlanInterviewDialogData): Promise<ComponentFixture<PlanInterviewDialog>> {
    closed = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close: (result?: unknown) => closed.push(result) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const signedIn = TestBed.inject(SessionService).ensureLoaded();
    backend.expectOne(API_ROUTES.me).flush({
      user: {
        id: 'u-team',
        email: 'tara@example.org',
        name: 'Tara Team',
        role: 'team',
        locale: 'de',
        departmentIds: [],
      },
    });
    await signedIn;

    const fixture = TestBed.createComponent(PlanInterviewDialog);
    await fixture.whenStable();
    backend.expectOne(API_ROUTES.departments).flush([departmentFixture('a37', 'Feuerwehr', 'Amt 37', 'amt')]);
    backend.expectOne(API_ROUTES.teamMembers).flush([
      { id: 'u-team', name: 'Tara Team', role: 'team' },
      { id: 'u-other', name: 'Otto Team', role: 'team' },
    ]);
    backend
      .expectOne((r) => r.url === API_ROUTES.contacts && r.params.get('departmentId') === 'a37')
      .flush({
        items: [
          contactFixture('c1', 'Anna Beispiel', 'a37', {
            title: 'Amtsleiterin',
            isHead: true,
            email: 'anna@example.org',
          }),
          contactFixture('c2', 'Bernd Ohnemail', 'a37', { title: 'Sachbearbeiter' }),
        ],
        total: 2,
      });
    backend.expectOne(API_ROUTES.questionnaires).flush(templates);
    await fixture.whenStable();
    return fixture;
  }

  function element(fixture: ComponentFixture<PlanInterviewDialog>): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  async function type(
    fixture: ComponentFixture<PlanInterviewDialog>,
    name: string,
    value: string,
  ): Promise<void> {
    const field = element(fixture).querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`);
    if (!field) throw new Error(`no field ${name}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  /** Opens a select and returns the texts of its options, clicking the one that contains `pick`. */
  async function choose(
    fixture: ComponentFixture<PlanInterviewDialog>,
    name: string,
    pick?: string,
  ): Promise<string[]> {
    const select = element(fixture).querySelector<HTMLElement>(`mat-select[formcontrolname="${name}"]`);
    if (!select) throw new Error(`no select ${name}`);
    select.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await fixture.whenStable();
    const panel = document.getElementById(select.getAttribute('aria-controls') ?? '');
    const options = Array.from(panel?.querySelectorAll<HTMLElement>('mat-option') ?? []);
    const labels = options.map((option) => (option.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (pick) options.find((option) => option.textContent?.includes(pick))?.click();
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27 }));
    await fixture.whenStable();
    return labels;
  }

  function submit(fixture: ComponentFixture<PlanInterviewDialog>): void {
    element(fixture).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  }

  it(
    'plans the interview for the unit, me as interviewer and the default questionnaire preset',
    async () => {
      const fixture = await render({ departmentId: 'a37' });
      await type(fixture, 'scheduledAt', '03.12.2026');
      await type(fixture, 'startTime', '14:30');
      await type(fixture, 'location', '  Feuerwache 1, Raum 3 ');

      const invitees = await choose(fixture, 'inviteeContactIds', 'Anna Beispiel');
      // Role, head and whether the invitation can reach them, before choosing.
      expect(invitees).toEqual([
        'Anna Beispiel Amtsleiterin · Leitung · anna@example.org',
        'Bernd Ohnemail Sachbearbeiter · keine E-Mail-Adresse',
      ]);
      const versions = await choose(fixture, 'templateVersionId');
      expect(versions).toEqual([
        'Dreiteiliges Interview – Version 2',
        'Dreiteiliges Interview – Version 1',
        'Kurzinterview – Version 1',
      ]);

      submit(fixture);
      const post = backend.expectOne((r) => r.url === API_ROUTES.interviews && r.method === 'POST');
      expect(post.request.body).toEqual({
        departmentId: 'a37',
        scheduledAt: new Date(2026, 11, 3, 14, 30).toISOString(),
        durationMinutes: 90,
        interviewerUserIds: ['u-team'],
        inviteeContactIds: ['c1'],
        location: 'Feuerwache 1, Raum 3',
        templateVersionId: 'v2',
      });
      const saved = interviewFixture('iv1');
      post.flush(saved);
      await fixture.whenStable();
      expect(closed).toEqual([{ kind: 'saved', interview: saved, rescheduled: false }]);
    },
    SLOW,
  );

  it(
    'asks for a date before sending, and puts the server’s refusals onto their fields',
    async () => {
      const fixture = await render({ departmentId: 'a37' });
      submit(fixture);
      await fixture.whenStable();
      backend.expectNone((r) => r.method === 'POST');
      expect(element(fixture).textContent).toContain('Bitte ausfüllen.');

      await type(fixture, 'scheduledAt', '03.12.2026');
      await type(fixture, 'videoUrl', 'https://meet.example.org/feuerwehr');
      submit(fixture);
      const refusal: ApiError = {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        fields: {
          videoUrl: ['Dieser Link ist keine Videokonferenz-Adresse.'],
          scheduledAt: ['Der Termin liegt vor dem Anlegen des Amtes.'],
        },
      };
      backend
        .expectOne((r) => r.url === API_ROUTES.interviews && r.method === 'POST')
        .flush(refusal, { status: 400, statusText: 'Bad Request' });
      await fixture.whenStable();

      expect(closed).toEqual([]);
      const errors = Array.from(element(fixture).querySelectorAll('mat-error')).map((e) =>
        e.textContent?.trim(),
      );
      expect(errors).toContain('Dieser Link ist keine Videokonferenz-Adresse.');
      expect(errors).toContain('Der Termin liegt vor dem Anlegen des Amtes.');
    },
    SLOW,
  );

  it(
    'sends only what changed with the version, and says when an invitation went out for the old time',
    async () => {
      const interview = interviewFixture('iv1', {
        version: 4,
        invitationSentAt: '2026-11-20T09:00:00Z',
        scheduledAt: new Date(2026, 11, 2, 10, 0).toISOString(),
      });
      const fixture = await render({ interview });
      // The unit of a planned interview stays.
      expect(
        element(fixture)
          .querySelector('mat-select[formcontrolname="departmentId"]')
          ?.getAttribute('aria-disabled'),
      ).toBe('true');
      await type(fixture, 'startTime', '11:00');
      submit(fixture);
      const patch = backend.expectOne(interviewPath('iv1'));
      expect(patch.request.method).toBe('PATCH');
      expect(patch.request.body).toEqual({
        version: 4,
        scheduledAt: new Date(2026, 11, 2, 11, 0).toISOString(),
      });
      const saved = interviewFixture('iv1', { version: 5 });
      patch.flush(saved);
      await fixture.whenStable();
      expect(closed).toEqual([{ kind: 'saved', interview: saved, rescheduled: true }]);
    },
    SLOW,
  );
});
