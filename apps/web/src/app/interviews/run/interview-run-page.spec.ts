import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  API_ROUTES,
  InterviewAnswerDto,
  InterviewDto,
  QuestionnaireDefinition,
  interviewPath,
} from '@datenlotse/contracts';
import { InterviewRunPage } from './interview-run-page';

const ID = 'iv1';

const definition: QuestionnaireDefinition = {
  sections: [
    {
      key: 'p1',
      title: { de: 'Vorstellung', en: 'Introduction' },
      intro: { de: 'Wer wir sind', en: '' },
      questions: [
        {
          key: 'p1_tasks',
          type: 'text',
          text: { de: 'Welche Aufgaben hat Ihr Amt?', en: '' },
          required: true,
        },
        {
          key: 'p1_published',
          type: 'yes_no',
          text: { de: 'Schon veröffentlicht?', en: '' },
          required: false,
        },
        {
          key: 'p1_where',
          type: 'text',
          text: { de: 'Wo veröffentlichen Sie?', en: '' },
          required: true,
          condition: { questionKey: 'p1_published', values: ['yes'] },
        },
      ],
    },
    {
      key: 'p2',
      title: { de: 'Daten', en: 'Data' },
      questions: [
        {
          key: 'p2_datasets',
          type: 'dataset_list',
          text: { de: 'Welche Datensätze nehmen wir auf?', en: '' },
          required: true,
          outcome: 'datasets',
        },
      ],
    },
    {
      key: 'p3',
      title: { de: 'Vereinbarung', en: 'Agreement' },
      questions: [
        {
          key: 'p3_follow_up',
          type: 'date',
          text: { de: 'Wann sprechen wir wieder?', en: '' },
          required: false,
          outcome: 'follow_up',
        },
      ],
    },
  ],
};

function interviewFixture(patch: Partial<InterviewDto> = {}): InterviewDto {
  return {
    id: ID,
    departmentId: 'd37',
    departmentName: 'Feuerwehr',
    status: 'in_progress',
    scheduledAt: '2026-11-30T09:00:00Z',
    durationMinutes: 90,
    location: null,
    videoUrl: null,
    interviewers: [],
    invitees: [],
    templateName: 'Drei-Teile-Interview',
    templateVersionNumber: 1,
    startedAt: new Date(Date.now() - 65_000).toISOString(),
    completedAt: null,
    version: 3,
    templateVersionId: 'v1',
    definition,
    answers: [],
    notes: [],
    invitationSentAt: null,
    cancelReason: null,
    outcomes: [],
    completionCount: 0,
    ...patch,
  };
}

function answer(questionKey: string, value: InterviewAnswerDto['value'], version = 1): InterviewAnswerDto {
  return { questionKey, value, version, updatedAt: '2026-11-29T09:00:00Z', updatedByName: 'Kim Team' };
}

describe('InterviewRunPage', () => {
  let backend: HttpTestingController;

  async function open(interview: InterviewDto): Promise<ComponentFixture<InterviewRunPage>> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(InterviewRunPage);
    fixture.componentRef.setInput('id', ID);
    await fixture.whenStable();
    backend.expectOne(interviewPath(ID)).flush(interview);
    if (interview.status === 'planned') {
      const start = backend.expectOne(interviewPath(ID, 'start'));
      expect(start.request.method).toBe('POST');
      start.flush({ ...interview, status: 'in_progress' });
    }
    await fixture.whenStable();
    if (interview.status !== 'cancelled') {
      backend.expectOne((request) => request.url === API_ROUTES.contacts).flush({ items: [], total: 0 });
    }
    await fixture.whenStable();
    return fixture;
  }

  function element(fixture: ComponentFixture<InterviewRunPage>): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function shownQuestions(fixture: ComponentFixture<InterviewRunPage>): string[] {
    return Array.from(element(fixture).querySelectorAll('dl-question-field')).map(
      (field) => field.getAttribute('data-question') ?? '',
    );
  }

  function syncState(fixture: ComponentFixture<InterviewRunPage>): string {
    return element(fixture).querySelector('[data-testid="sync-state"]')?.textContent?.trim() ?? '';
  }

  async function click(fixture: ComponentFixture<InterviewRunPage>, selector: string): Promise<void> {
    const target = element(fixture).querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`nothing matches ${selector}`);
    target.click();
    await fixture.whenStable();
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  it('starts a planned interview and shows its parts, the timer and that everything is saved', async () => {
    const fixture = await open(interviewFixture({ status: 'planned' }));
    expect(element(fixture).querySelector('h1')?.textContent).toContain('Interview: Feuerwehr');
    expect(
      Array.from(element(fixture).querySelectorAll('.mat-step-label')).map((label) =>
        label.textContent?.trim(),
      ),
    ).toEqual(['Vorstellung', 'Daten', 'Vereinbarung']);
    expect(element(fixture).querySelector('[role="timer"]')?.textContent).toMatch(/^01:0\d$/);
    expect(syncState(fixture)).toBe('Alle Antworten gespeichert');
    expect(element(fixture).querySelector('[data-testid="sync-state"]')?.getAttribute('aria-live')).toBe(
      'polite',
    );
  });

  it('shows a question once the answer its condition names is given, and hides it again', async () => {
    const fixture = await open(interviewFixture());
    expect(shownQuestions(fixture)).toEqual(['p1_tasks', 'p1_published', 'p2_datasets', 'p3_follow_up']);

    await click(fixture, '[data-question="p1_published"] input[value="yes"]');
    expect(shownQuestions(fixture)).toEqual([
      'p1_tasks',
      'p1_published',
      'p1_where',
      'p2_datasets',
      'p3_follow_up',
    ]);
    const save = backend.expectOne(interviewPath(ID, 'answers', 'p1_published'));
    expect(save.request.body).toEqual({ value: true, version: 0 });
    expect(syncState(fixture)).toBe('Speichert …');
    save.flush(answer('p1_published', true));
    await fixture.whenStable();
    expect(syncState(fixture)).toBe('Alle Antworten gespeichert');

    await click(fixture, '[data-question="p1_published"] input[value="no"]');
    expect(shownQuestions(fixture)).not.toContain('p1_where');
  });

  it('saves typed text once typing pauses', async () => {
    const fixture = await open(interviewFixture());
    vi.useFakeTimers();
    const textarea = element(fixture).querySelector<HTMLTextAreaElement>(
      '[data-question="p1_tasks"] textarea',
    );
    if (!textarea) throw new Error('no text field');
    textarea.value = 'Brandschutz, Rettungsdienst';
    textarea.dispatchEvent(new Event('input'));
    backend.expectNone(interviewPath(ID, 'answers', 'p1_tasks'));
    vi.advanceTimersByTime(600);
    const save = backend.expectOne(interviewPath(ID, 'answers', 'p1_tasks'));
    expect(save.request.body).toEqual({ value: 'Brandschutz, Rettungsdienst', version: 0 });
  });

  it('lists the missing required answers instead of completing, and leads to them', async () => {
    const fixture = await open(interviewFixture({ answers: [answer('p1_published', true)] }));
    await click(fixture, '[data-testid="complete"]');

    const list = element(fixture).querySelector('[data-testid="missing-answers"]');
    expect(list?.querySelector('h2')?.textContent).toContain('3 Pflichtantworten');
    expect(Array.from(list?.querySelectorAll('li') ?? []).map((item) => item.textContent?.trim())).toEqual([
      'Vorstellung: Welche Aufgaben hat Ihr Amt?',
      'Vorstellung: Wo veröffentlichen Sie?',
      'Daten: Welche Datensätze nehmen wir auf?',
    ]);
    backend.expectNone(interviewPath(ID, 'complete'));
    expect(document.querySelector('dl-complete-dialog')).toBeNull();

    await click(fixture, '[data-testid="missing-answers"] li:last-child button');
    expect(document.activeElement?.closest('#question-p2_datasets')).not.toBeNull();
  });

  it('completes after confirming what it creates, once everything is saved', async () => {
    const fixture = await open(
      interviewFixture({
        answers: [
          answer('p1_tasks', 'Brandschutz'),
          answer('p2_datasets', [
            { id: 'r1', title: 'Sirenenstandorte' },
            { id: 'r2', title: 'Hydranten' },
          ]),
          answer('p3_follow_up', '2027-01-15'),
        ],
      }),
    );
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const completeRequest: TestRequest[] = [];
    await click(fixture, '[data-testid="complete"]');
    await fixture.whenStable();

    const summary = document.querySelector('[data-testid="completion-summary"]');
    expect(Array.from(summary?.querySelectorAll('li') ?? []).map((item) => item.textContent?.trim())).toEqual(
      [
        '2 Datensätze in der Stufe „Identifiziert“',
        '0 Vorbehalte der Einheit',
        'Keine Liefervereinbarung: In Teil 3 ist kein erster Datensatz gewählt.',
        'Aufgaben: Wiedervorlage am 15.01.2027',
        'Ein Eintrag in der Chronik der Einheit; das Protokoll geht per E-Mail an die Teilnehmenden.',
      ],
    );
    const confirm = Array.from(
      document.querySelectorAll<HTMLButtonElement>('dl-complete-dialog button'),
    ).find((button) => button.textContent?.trim() === 'Interview abschließen');
    confirm?.click();
    // The dialog closes with its animation before completing goes on.
    await vi
      .waitFor(() => backend.expectOne(interviewPath(ID, 'complete')), { timeout: 3000, interval: 50 })
      .then((request) => completeRequest.push(request));

    const [request] = completeRequest;
    expect(request.request.body).toEqual({ version: 3 });
    request.flush(interviewFixture({ status: 'completed' }));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/interviews', ID]);
  });

  it('shows a colleague’s newer answer beside mine and takes theirs', async () => {
    const fixture = await open(interviewFixture({ answers: [answer('p1_published', false, 2)] }));
    await click(fixture, '[data-question="p1_published"] input[value="yes"]');
    backend
      .expectOne(interviewPath(ID, 'answers', 'p1_published'))
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'stale', current: answer('p1_published', false, 3) },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();

    expect(syncState(fixture)).toBe('Konflikt bei 1 Antwort');
    const conflict = element(fixture).querySelector('#question-p1_published [data-testid="conflict"]');
    expect(conflict?.textContent).toContain('Kim Team hat diese Antwort inzwischen geändert');
    expect(conflict?.querySelector('[data-testid="conflict-theirs"]')?.textContent?.trim()).toBe('Nein');
    expect(conflict?.querySelector('[data-testid="conflict-mine"]')?.textContent?.trim()).toBe('Ja');

    await click(fixture, '[data-testid="take-theirs"]');
    expect(element(fixture).querySelector('[data-testid="conflict"]')).toBeNull();
    expect(
      element(fixture).querySelector<HTMLInputElement>('[data-question="p1_published"] input[value="no"]')
        ?.checked,
    ).toBe(true);
    expect(syncState(fixture)).toBe('Alle Antworten gespeichert');
  });

  it('shows what an earlier visit left unsaved over the server’s answer and sends it', async () => {
    localStorage.setItem(
      `datenlotse.interview-pending.${ID}`,
      JSON.stringify([{ kind: 'answer', key: 'p1_tasks', value: 'offline getippt', baseVersion: 1 }]),
    );
    const fixture = await open(interviewFixture({ answers: [answer('p1_tasks', 'alt')] }));
    expect(
      element(fixture).querySelector<HTMLTextAreaElement>('[data-question="p1_tasks"] textarea')?.value,
    ).toBe('offline getippt');
    expect(backend.expectOne(interviewPath(ID, 'answers', 'p1_tasks')).request.body).toEqual({
      value: 'offline getippt',
      version: 1,
    });
  });

  it('shows a notice instead of the questions for a cancelled interview', async () => {
    const fixture = await open(interviewFixture({ status: 'cancelled', cancelReason: 'Amt umstrukturiert' }));
    expect(element(fixture).querySelector('[data-testid="run-cancelled"]')?.textContent).toContain(
      'Amt umstrukturiert',
    );
    expect(element(fixture).querySelector('mat-stepper')).toBeNull();
  });
});
