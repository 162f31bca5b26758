import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { API_ROUTES, QuestionnaireVersionDto, Role, questionnaireVersionPath } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { definitionFixture, questionFixture, versionFixture } from './questionnaire-fixtures';
import { QuestionnaireEditor } from './questionnaire-editor';

async function open(
  version: QuestionnaireVersionDto,
  role: Role = 'team',
): Promise<{ fixture: ComponentFixture<QuestionnaireEditor>; backend: HttpTestingController }> {
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
    user: { id: 'u1', email: 'x@x.de', name: 'Someone', role, locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const fixture = TestBed.createComponent(QuestionnaireEditor);
  fixture.componentRef.setInput('versionId', version.id);
  await fixture.whenStable();
  backend.expectOne(questionnaireVersionPath(version.id)).flush(version);
  await fixture.whenStable();
  return { fixture, backend };
}

function element(fixture: ComponentFixture<unknown>): HTMLElement {
  return fixture.nativeElement as HTMLElement;
}

function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
    (candidate) => candidate.getAttribute('aria-label') === label || candidate.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

function questionTexts(fixture: ComponentFixture<unknown>): string[] {
  return Array.from(element(fixture).querySelectorAll('.question .question-text')).map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

describe('QuestionnaireEditor', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove()));

  it('moves a question with the keyboard buttons and flags a condition that now reads a later question', async () => {
    const { fixture } = await open(versionFixture('v1'));
    expect(element(fixture).textContent).toContain('Alle Änderungen gespeichert');

    button(element(fixture), 'Frage woher nach oben').click();
    await fixture.whenStable();

    expect(questionTexts(fixture).slice(0, 2)).toEqual([
      '1. Woher kennen Sie es?',
      '2. Kennen Sie Open Data? Pflicht',
    ]);
    const moved = element(fixture).querySelectorAll('.question')[0];
    expect(moved.classList).toContain('has-problems');
    expect(moved.querySelector('.problem-list')?.textContent).toContain(
      'Die Bedingung bezieht sich auf kennt_open_data, das keine frühere Frage ist.',
    );
    expect(element(fixture).textContent).toContain('1 Problem vor dem Veröffentlichen zu beheben');
    expect(element(fixture).textContent).toContain('Ungespeicherte Änderungen');
    expect(button(element(fixture), 'Veröffentlichen').getAttribute('aria-disabled')).toBe('true');
    // The moved question keeps the focus on its button, and screen readers hear where it went.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Frage woher nach oben');
    expect(element(fixture).querySelector('[aria-live="polite"]')?.textContent).toContain(
      'Frage woher steht jetzt an Position 1 von Teil 1.',
    );

    // The summary takes a keyboard user to the question with the problem.
    button(element(fixture), 'Zum ersten Problem').click();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Frage woher bearbeiten');

    button(element(fixture), 'Frage woher nach unten').click();
    await fixture.whenStable();
    expect(element(fixture).querySelector('.question.has-problems')).toBeNull();
    expect(button(element(fixture), 'Veröffentlichen').getAttribute('aria-disabled')).not.toBe('true');
  });

  it('saves with the version it loaded; after a conflict it says so and shows what the server has', async () => {
    const { fixture, backend } = await open(versionFixture('v1', { version: 3 }));
    button(element(fixture), 'Frage kandidaten nach unten').click();
    await fixture.whenStable();
    button(element(fixture), 'Speichern').click();

    const put = backend.expectOne(questionnaireVersionPath('v1'));
    expect(put.request.method).toBe('PUT');
    expect(put.request.body.version).toBe(3);
    expect(put.request.body.definition.sections[1].questions.map((q: { key: string }) => q.key)).toEqual([
      'erster',
      'kandidaten',
    ]);
    put.flush(
      { statusCode: 409, error: 'Conflict', message: 'stale' },
      { status: 409, statusText: 'Conflict' },
    );

    const current = definitionFixture();
    current.sections[0].questions.push(
      questionFixture('neu', { text: { de: 'Von anderer Seite ergänzt', en: '' } }),
    );
    backend
      .expectOne(questionnaireVersionPath('v1'))
      .flush(versionFixture('v1', { version: 4, definition: current }));
    await fixture.whenStable();

    expect(element(fixture).querySelector('[role="alert"]')?.textContent).toContain(
      'Jemand anderes hat diesen Entwurf inzwischen geändert.',
    );
    expect(questionTexts(fixture)).toContain('3. Von anderer Seite ergänzt');
    expect(element(fixture).textContent).toContain('Alle Änderungen gespeichert');
  });

  it("shows the server's refusal at the question it names", async () => {
    const { fixture, backend } = await open(versionFixture('v1'));
    button(element(fixture), 'Frage erster nach oben').click();
    await fixture.whenStable();
    button(element(fixture), 'Frage erster nach unten').click();
    await fixture.whenStable();
    button(element(fixture), 'Speichern').click();
    backend.expectOne(questionnaireVersionPath('v1')).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'invalid definition',
        fields: { 'definition.sections.1.questions.1.outcome': ['first_dataset needs a dataset list'] },
        codes: { 'definition.sections.1.questions.1.outcome': ['outcomeType'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const flagged = element(fixture).querySelectorAll('.question.has-problems');
    expect(flagged).toHaveLength(1);
    expect(flagged[0].textContent).toContain('Welcher Datensatz zuerst?');
    expect(flagged[0].textContent).toContain('Dieses Ergebnis passt nicht zum Fragetyp.');
  });

  it('opens a published version read-only, with a way to edit a new version', async () => {
    const { fixture, backend } = await open(
      versionFixture('v1', { status: 'published', publishedAt: '2026-10-01T08:00:00Z' }),
    );
    expect(element(fixture).textContent).toContain(
      'Diese Version ist veröffentlicht und kann nicht mehr geändert werden.',
    );
    expect(element(fixture).querySelector('button[aria-label^="Frage"]')).toBeNull();
    expect(element(fixture).textContent).not.toContain('Frage hinzufügen');
    expect(element(fixture).textContent).not.toContain('Speichern');
    // The content is still all there to read.
    expect(questionTexts(fixture)).toHaveLength(4);
    expect(element(fixture).textContent).toContain('Nur wenn kennt_open_data = Ja');

    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    button(element(fixture), 'Neue Version bearbeiten').click();
    const draft = backend.expectOne(`${API_ROUTES.questionnaires}/t1/drafts`);
    expect(draft.request.method).toBe('POST');
    draft.flush(versionFixture('v2', { number: 3 }));
    expect(navigate).toHaveBeenCalledWith(['/questionnaires/versions', 'v2']);
  });

  it('lets management read a draft without changing it', async () => {
    const { fixture } = await open(versionFixture('v1'), 'management');
    expect(element(fixture).textContent).toContain('Sie können diesen Fragebogen lesen, aber nicht ändern.');
    expect(element(fixture).textContent).not.toContain('Neue Version bearbeiten');
    expect(element(fixture).textContent).not.toContain('Veröffentlichen');
  });

  it('publishes after a confirmation that says a published version cannot be changed', async () => {
    const { fixture, backend } = await open(versionFixture('v1', { version: 3 }));
    button(element(fixture), 'Veröffentlichen').click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain('Eine veröffentlichte Version kann nicht mehr geändert werden.');
    button(dialog as HTMLElement, 'Veröffentlichen').click();

    const publish = await vi.waitFor(() => backend.expectOne(questionnaireVersionPath('v1', 'publish')));
    expect(publish.request.body).toEqual({ version: 3 });
    publish.flush(
      versionFixture('v1', { status: 'published', publishedAt: '2026-11-29T07:00:00Z', version: 4 }),
    );
    await fixture.whenStable();
    expect(element(fixture).textContent).toContain('Diese Version ist veröffentlicht');
  });
});
