import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { API_ROUTES, QuestionnaireTemplateDto, Role, questionnaireVersionPath } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { definitionFixture, summaryFixture, templateFixture } from './questionnaire-fixtures';
import { QuestionnairesPage } from './questionnaires-page';

const templates: QuestionnaireTemplateDto[] = [
  templateFixture(
    't1',
    'Dreiteiliges Interview',
    [
      summaryFixture('v1', 1, { interviewCount: 5 }),
      summaryFixture('v2', 2, { interviewCount: 0, publishedAt: '2026-11-02T08:00:00Z' }),
      summaryFixture('v3', 3, { status: 'draft', publishedAt: null, questionCount: 1 }),
    ],
    { isDefault: true },
  ),
];

async function open(
  role: Role = 'team',
): Promise<{ fixture: ComponentFixture<QuestionnairesPage>; backend: HttpTestingController }> {
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
  const fixture = TestBed.createComponent(QuestionnairesPage);
  await fixture.whenStable();
  backend.expectOne(API_ROUTES.questionnaires).flush(templates);
  await fixture.whenStable();
  return { fixture, backend };
}

function element(fixture: ComponentFixture<unknown>): HTMLElement {
  return fixture.nativeElement as HTMLElement;
}

function versionLines(fixture: ComponentFixture<unknown>): string[] {
  return Array.from(element(fixture).querySelectorAll('.version-main')).map((node) =>
    Array.from(node.querySelectorAll('a, .status, .version-facts > span'))
      .map((part) => (part.textContent ?? '').trim())
      .join(' · '),
  );
}

async function chooseFile(
  fixture: ComponentFixture<unknown>,
  content: string,
  name = 'fragebogen.json',
): Promise<void> {
  const input = element(fixture).querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', {
    value: [new File([content], name, { type: 'application/json' })],
    configurable: true,
  });
  input.dispatchEvent(new Event('change'));
  await fixture.whenStable();
}

describe('QuestionnairesPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove()));

  it('lists the versions newest first; a version interviews use cannot be deleted, and says why', async () => {
    const { fixture, backend } = await open();
    expect(element(fixture).querySelector('h2')?.textContent).toContain('Dreiteiliges Interview');
    expect(element(fixture).querySelector('h2')?.textContent).toContain('Standard');
    expect(versionLines(fixture)).toEqual([
      'Version 3 · Entwurf · 1 Frage · noch in keinem Interview',
      'Version 2 · Veröffentlicht · veröffentlicht am 02.11.2026 · 24 Fragen · noch in keinem Interview',
      'Version 1 · Veröffentlicht · veröffentlicht am 01.10.2026 · 24 Fragen · in 5 Interviews verwendet',
    ]);
    // A draft exists: it is edited, not a second one started.
    expect(element(fixture).textContent).not.toContain('Neue Version bearbeiten');
    expect(
      element(fixture).querySelector(`a[href="${questionnaireVersionPath('v2', 'export')}"]`),
    ).not.toBeNull();

    const inUse = element(fixture).querySelector<HTMLButtonElement>(
      'button[aria-label="Version 1 von Dreiteiliges Interview löschen"]',
    );
    expect(inUse?.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(inUse?.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain('Kann nicht gelöscht werden: Interviews verwenden diese Version.');
    inUse?.click();
    await fixture.whenStable();
    expect(document.querySelector('mat-dialog-container')).toBeNull();

    element(fixture)
      .querySelector<HTMLButtonElement>('button[aria-label="Version 2 von Dreiteiliges Interview löschen"]')
      ?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain('Version 2 von „Dreiteiliges Interview“ wird endgültig gelöscht.');
    Array.from(dialog?.querySelectorAll<HTMLButtonElement>('button') ?? [])
      .find((button) => button.textContent?.trim() === 'Löschen')
      ?.click();
    const removal = await vi.waitFor(() => backend.expectOne(questionnaireVersionPath('v2')));
    expect(removal.request.method).toBe('DELETE');
    removal.flush(null);
    backend.expectOne(API_ROUTES.questionnaires).flush(templates);
  });

  it('shows management the versions to open and export, and nothing to change', async () => {
    const { fixture } = await open('management');
    expect(versionLines(fixture)).toHaveLength(3);
    expect(element(fixture).querySelectorAll('a[download]')).toHaveLength(3);
    const text = element(fixture).textContent ?? '';
    for (const writeAction of ['Neuer Fragebogen', 'Importieren', 'Löschen', 'Umbenennen', 'Bearbeiten']) {
      expect(text).not.toContain(writeAction);
    }
  });

  it('says so when the chosen file is not JSON, without asking the server', async () => {
    const { fixture, backend } = await open();
    await chooseFile(fixture, '{ kein json', 'kaputt.json');
    await vi.waitFor(() => expect(element(fixture).querySelector('[role="alert"]')).not.toBeNull());
    const alert = element(fixture).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Die Datei „kaputt.json“ konnte nicht importiert werden:');
    expect(alert?.textContent).toContain('Die Datei ist kein gültiges JSON.');
    backend.expectNone(API_ROUTES.questionnaireImport);
  });

  it("lists the server's problems with an imported definition by part and question", async () => {
    const { fixture, backend } = await open();
    const file = {
      format: 'datenlotse-questionnaire',
      formatVersion: 1,
      name: 'Kurzinterview',
      description: null,
      definition: definitionFixture(),
    };
    await chooseFile(fixture, JSON.stringify(file));
    const request = await vi.waitFor(() => backend.expectOne(API_ROUTES.questionnaireImport));
    expect(request.request.body).toEqual(file);
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'invalid definition',
        fields: { 'definition.sections.1.questions.0.key': ['question key kandidaten twice'] },
        codes: { 'definition.sections.1.questions.0.key': ['duplicateKey'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const alert = element(fixture).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Teil 2, Frage 1: Dieser Schlüssel kommt schon vorher vor.');

    await chooseFile(fixture, JSON.stringify(file));
    const retry = await vi.waitFor(() => backend.expectOne(API_ROUTES.questionnaireImport));
    retry.flush(templateFixture('t2', 'Kurzinterview', [summaryFixture('v9', 1)]));
    backend.expectOne(API_ROUTES.questionnaires).flush(templates);
    await fixture.whenStable();
    expect(element(fixture).querySelector('[role="alert"]')).toBeNull();
  });
});
