import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { API_ROUTES } from '@datenlotse/contracts';
import { AnswerDialog, AnswerDialogData } from './answer-dialog';
import { argumentFixture, objectionFixture } from './objection-fixtures';

describe('AnswerDialog', () => {
  let closed: unknown[];

  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  async function render(data: AnswerDialogData): Promise<{
    fixture: ComponentFixture<AnswerDialog>;
    backend: HttpTestingController;
  }> {
    closed = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close: (result?: unknown) => closed.push(result) } },
      ],
    });
    const fixture = TestBed.createComponent(AnswerDialog);
    const backend = TestBed.inject(HttpTestingController);
    backend
      .expectOne((request) => request.url === API_ROUTES.arguments)
      .flush([
        argumentFixture('arg-roofs', { modelDatasetId: 'md-sirens' }),
        argumentFixture('arg-privacy', { category: 'privacy', title: 'Aggregieren' }),
      ]);
    await fixture.whenStable();
    backend.match(`${API_ROUTES.modelDatasets}/md-sirens/evidence`).forEach((request) =>
      request.flush({
        modelDataset: { id: 'md-sirens', label: 'Sirene', labelEn: 'Siren' },
        publishers: ['Bonn', 'Köln', 'Düsseldorf', 'Moers', 'Aachen', 'Münster', 'Essen'],
        publications: [],
      }),
    );
    await fixture.whenStable();
    return { fixture, backend };
  }

  function element(fixture: ComponentFixture<AnswerDialog>): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function choose(fixture: ComponentFixture<AnswerDialog>, label: string): void {
    const radio = Array.from(element(fixture).querySelectorAll('mat-radio-button')).find(
      (button) => button.textContent?.trim() === label,
    );
    const input = radio?.querySelector<HTMLInputElement>('input');
    if (!input) throw new Error(`no choice ${label}`);
    input.click();
  }

  function type(fixture: ComponentFixture<AnswerDialog>, name: string, value: string): void {
    const field = element(fixture).querySelector<HTMLTextAreaElement>(`[formcontrolname="${name}"]`);
    if (!field) throw new Error(`no field ${name}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  function submit(fixture: ComponentFixture<AnswerDialog>): void {
    element(fixture).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  }

  it('offers the arguments of the category first, with who publishes their model dataset', async () => {
    const { fixture } = await render({ objection: objectionFixture('o1') });
    const list = element(fixture).querySelector('.argument-list');
    expect(list?.textContent).toContain('Sichtbar auf jedem Dach');
    expect(list?.textContent).toContain(
      'Sirene: veröffentlicht von Bonn, Köln, Düsseldorf, Moers, Aachen und 2 weiteren',
    );
    expect(list?.textContent).not.toContain('Aggregieren');
    const others = element(fixture).querySelector<HTMLElement>('#other-arguments');
    expect(others?.hidden).toBe(true);
  });

  it('refuses "publishable in part" without a note, then saves it with the note', async () => {
    const { fixture, backend } = await render({ objection: objectionFixture('o1') });
    choose(fixture, 'Teilweise veröffentlichbar');
    await fixture.whenStable();
    submit(fixture);
    await fixture.whenStable();

    backend.expectNone((request) => request.method === 'PATCH');
    expect(element(fixture).textContent).toContain('Bitte festhalten, was vereinbart wurde.');
    expect(closed).toEqual([]);

    type(fixture, 'resolutionNote', 'Nur auf Stadtbezirke aggregiert');
    submit(fixture);
    const patch = backend.expectOne(`${API_ROUTES.objections}/o1`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      version: 1,
      status: 'resolved_partially',
      resolutionNote: 'Nur auf Stadtbezirke aggregiert',
    });
  });

  it('records "publishable" without a note, with the arguments used', async () => {
    const { fixture, backend } = await render({ objection: objectionFixture('o1') });
    element(fixture).querySelector<HTMLInputElement>('.argument-list input[type="checkbox"]')?.click();
    type(fixture, 'response', 'Die Sirenen sieht jeder auf den Dächern.');
    choose(fixture, 'Veröffentlichbar');
    await fixture.whenStable();
    submit(fixture);

    const patch = backend.expectOne(`${API_ROUTES.objections}/o1`);
    expect(patch.request.body).toEqual({
      version: 1,
      response: 'Die Sirenen sieht jeder auf den Dächern.',
      argumentIds: ['arg-roofs'],
      status: 'resolved_publishable',
      resolutionNote: null,
    });
  });
});
