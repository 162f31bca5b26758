import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { QuestionDefinition } from '@datenlotse/contracts';
import { QuestionDialog, QuestionDialogData } from './question-dialog';
import { definitionFixture, questionFixture } from './questionnaire-fixtures';

async function open(
  data: Partial<QuestionDialogData> = {},
): Promise<{ fixture: ComponentFixture<QuestionDialog>; close: ReturnType<typeof vi.fn> }> {
  const close = vi.fn();
  const earlier = definitionFixture().sections.flatMap((section) => section.questions);
  TestBed.configureTestingModule({
    providers: [
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      {
        provide: MAT_DIALOG_DATA,
        useValue: {
          question: questionFixture('frage_1', { text: { de: '', en: '' } }),
          isNew: true,
          earlier,
          otherKeys: earlier.map((question) => question.key),
          takenOutcomes: ['datasets', 'first_dataset'],
          ...data,
        } satisfies QuestionDialogData,
      },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const fixture = TestBed.createComponent(QuestionDialog);
  await fixture.whenStable();
  return { fixture, close };
}

function root(fixture: ComponentFixture<unknown>): HTMLElement {
  return fixture.nativeElement as HTMLElement;
}

function type(input: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!input) throw new Error('no field');
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** Picks an option of the mat-select whose label is `label`. */
async function choose(fixture: ComponentFixture<unknown>, label: string, option: string): Promise<string[]> {
  const field = Array.from(root(fixture).querySelectorAll('mat-form-field')).find(
    (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
  );
  field?.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
  await fixture.whenStable();
  const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
  const offered = options.map((candidate) => candidate.textContent?.trim() ?? '');
  options.find((candidate) => candidate.textContent?.trim() === option)?.click();
  await fixture.whenStable();
  return offered;
}

function submit(fixture: ComponentFixture<unknown>): void {
  root(fixture).querySelector('form')?.dispatchEvent(new Event('submit'));
}

describe('QuestionDialog', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove()));

  it('makes a choice with at least two answers, taking values from the labels where none is given', async () => {
    const { fixture, close } = await open();
    type(
      root(fixture).querySelector('textarea[formcontrolname="textDe"]'),
      'Wie oft werden Daten angefragt?',
    );
    await choose(fixture, 'Fragetyp', 'Einfachauswahl');
    // The dataset list before it could provide the answers instead; this one has its own.
    const sources = await choose(fixture, 'Antworten', 'Eigene Antworten');
    expect(sources).toEqual(['Eigene Antworten', 'Zeilen von kandidaten – Welche Daten haben Sie?']);

    submit(fixture);
    await fixture.whenStable();
    expect(close).not.toHaveBeenCalled();
    expect(root(fixture).querySelector('.group-problem')?.textContent).toContain(
      'Eine Auswahlfrage braucht mindestens zwei Antworten.',
    );

    for (const label of ['Ja, regelmäßig', 'Selten']) {
      root(fixture).querySelector<HTMLButtonElement>('#add-option')?.click();
      await fixture.whenStable();
      const inputs = root(fixture).querySelectorAll<HTMLInputElement>('input[formcontrolname="labelDe"]');
      type(inputs[inputs.length - 1], label);
    }
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('option-de-1');
    submit(fixture);

    const question = close.mock.calls[0][0] as QuestionDefinition;
    expect(question).toMatchObject({
      key: 'frage_1',
      type: 'single_choice',
      text: { de: 'Wie oft werden Daten angefragt?', en: '' },
      options: [
        { value: 'ja_regelmaessig', label: { de: 'Ja, regelmäßig', en: '' } },
        { value: 'selten', label: { de: 'Selten', en: '' } },
      ],
    });
    expect(question.optionsFrom).toBeUndefined();
  });

  it('offers only the outcomes that fit the type and are not taken, and conditions on earlier answers', async () => {
    const { fixture, close } = await open({
      question: questionFixture('wann', { type: 'date', text: { de: 'Wann liefern Sie?', en: '' } }),
      isNew: false,
    });
    const outcomes = await choose(fixture, 'Ergebnis beim Abschluss', 'Erste Lieferung am');
    expect(outcomes).toEqual(['Keines', 'Erste Lieferung am', 'Wiedervorlage am']);

    await choose(fixture, 'Frage', 'kennt_open_data – Kennen Sie Open Data?');
    const values = await choose(fixture, 'mit der Antwort', 'Ja');
    expect(values).toEqual(['Ja', 'Nein']);
    // A multiple select stays open: close it the way a keyboard user would.
    document.querySelector('.cdk-overlay-backdrop')?.dispatchEvent(new Event('click'));
    await fixture.whenStable();

    submit(fixture);
    expect(close).toHaveBeenCalledWith(
      expect.objectContaining({
        key: 'wann',
        type: 'date',
        outcome: 'first_delivery',
        condition: { questionKey: 'kennt_open_data', values: ['yes'] },
      }),
    );
  });

  it('refuses a key another question has', async () => {
    const { fixture, close } = await open();
    const key = root(fixture).querySelector<HTMLInputElement>('input[formcontrolname="key"]');
    type(key, 'woher');
    type(root(fixture).querySelector('textarea[formcontrolname="textDe"]'), 'Noch einmal woher?');
    submit(fixture);
    await fixture.whenStable();
    expect(close).not.toHaveBeenCalled();
    expect(root(fixture).textContent).toContain('Diesen Schlüssel hat schon eine andere Frage.');
  });
});
