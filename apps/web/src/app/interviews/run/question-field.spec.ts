import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import {
  API_ROUTES,
  AnswerMap,
  AnswerValue,
  DatasetCandidateRow,
  QuestionDefinition,
} from '@datenlotse/contracts';
import { QuestionContact, QuestionField } from './question-field';

function question(patch: Partial<QuestionDefinition> & Pick<QuestionDefinition, 'type'>): QuestionDefinition {
  return { key: 'q1', text: { de: 'Frage auf Deutsch', en: 'Question' }, required: false, ...patch };
}

const options = (...values: string[]) =>
  values.map((value) => ({ value, label: { de: `Option ${value}`, en: '' } }));

interface Rendered {
  fixture: ComponentFixture<QuestionField>;
  element: HTMLElement;
  emitted: AnswerValue[];
}

async function render(
  definition: QuestionDefinition,
  inputs: { value?: AnswerValue; answers?: AnswerMap; contacts?: QuestionContact[]; readonly?: boolean } = {},
): Promise<Rendered> {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const fixture = TestBed.createComponent(QuestionField);
  fixture.componentRef.setInput('question', definition);
  fixture.componentRef.setInput('value', inputs.value ?? null);
  fixture.componentRef.setInput('answers', inputs.answers ?? {});
  fixture.componentRef.setInput('contacts', inputs.contacts ?? []);
  fixture.componentRef.setInput('readonly', inputs.readonly ?? false);
  const emitted: AnswerValue[] = [];
  fixture.componentInstance.valueChange.subscribe((value) => {
    emitted.push(value);
    // The caller feeds every edit back as the new value, as the interview screen does.
    fixture.componentRef.setInput('value', value);
  });
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement, emitted };
}

function click(element: HTMLElement, selector: string): void {
  const target = element.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
}

function type(element: HTMLElement, selector: string, text: string): void {
  const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`nothing matches ${selector}`);
  field.value = text;
  field.dispatchEvent(new Event('input'));
}

function texts(element: HTMLElement, selector: string): string[] {
  return Array.from(element.querySelectorAll(selector)).map((node) => node.textContent?.trim() ?? '');
}

describe('QuestionField', () => {
  afterEach(() => localStorage.clear());

  it('shows the question, marks it required and shows its help text', async () => {
    const { element } = await render(
      question({ type: 'text', required: true, help: { de: 'Mit Beispielen fragen', en: '' } }),
    );
    expect(element.querySelector('.text')?.textContent).toContain('Frage auf Deutsch');
    expect(element.querySelector('.text')?.textContent).toContain('Pflichtfrage');
    expect(element.querySelector('.help')?.textContent).toContain('Mit Beispielen fragen');
    expect(element.querySelector('textarea')?.getAttribute('aria-required')).toBe('true');
  });

  it('emits text as typed', async () => {
    const { element, emitted } = await render(question({ type: 'text' }));
    type(element, 'textarea', 'Bauanträge und Baulasten');
    expect(emitted).toEqual(['Bauanträge und Baulasten']);
  });

  it('emits yes and no as booleans, and clears the answer with null', async () => {
    const { fixture, element, emitted } = await render(question({ type: 'yes_no' }));
    click(element, 'mat-radio-button input[value="no"]');
    await fixture.whenStable();
    click(element, '.clear');
    expect(emitted).toEqual([false, null]);
  });

  it('emits the option value of a single choice shown as radio buttons', async () => {
    const { element, emitted } = await render(
      question({ type: 'single_choice', options: options('a', 'b') }),
    );
    expect(element.querySelector('mat-select')).toBeNull();
    click(element, 'mat-radio-button input[value="b"]');
    expect(emitted).toEqual(['b']);
  });

  it('offers many options as a select', async () => {
    const { fixture, emitted } = await render(
      question({ type: 'single_choice', options: options('a', 'b', 'c', 'd', 'e', 'f', 'g') }),
    );
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: 'Option f' });
    expect(emitted).toEqual(['f']);
  });

  it('offers the rows of the dataset list a choice refers to, by row id', async () => {
    const rows: DatasetCandidateRow[] = [
      { id: 'r1', title: 'Sirenenstandorte' },
      { id: 'r2', title: '' },
      { id: 'r3', title: 'Hydranten' },
    ];
    const { element, emitted } = await render(
      question({ type: 'single_choice', optionsFrom: 'p2_datasets' }),
      { answers: { p2_datasets: rows } },
    );
    expect(texts(element, 'mat-radio-button label')).toEqual(['Sirenenstandorte', 'Hydranten']);
    click(element, 'mat-radio-button input[value="r3"]');
    expect(emitted).toEqual(['r3']);
  });

  it('says where the rows come from while the dataset list is empty', async () => {
    const { element } = await render(question({ type: 'single_choice', optionsFrom: 'p2_datasets' }));
    expect(element.querySelector('.empty')?.textContent).toContain('Datensatzliste');
  });

  it('emits the chosen options of a multiple choice in the order of the question', async () => {
    const { fixture, element, emitted } = await render(
      question({ type: 'multi_choice', options: options('portal', 'jahrbuch', 'website') }),
    );
    click(element, 'mat-checkbox input[value="website"]');
    await fixture.whenStable();
    click(element, 'mat-checkbox input[value="portal"]');
    await fixture.whenStable();
    click(element, 'mat-checkbox input[value="website"]');
    expect(emitted).toEqual([['website'], ['portal', 'website'], ['portal']]);
  });

  it('offers a scale from min to max with the words for its ends and emits a number', async () => {
    const { element, emitted } = await render(
      question({
        type: 'scale',
        scale: {
          min: 1,
          max: 5,
          minLabel: { de: 'gar nicht', en: '' },
          maxLabel: { de: 'sehr gut', en: '' },
        },
      }),
    );
    expect(element.querySelectorAll('mat-radio-button')).toHaveLength(5);
    expect(texts(element, '.scale .end')).toEqual(['gar nicht', 'sehr gut']);
    click(element, 'mat-radio-button input[value="4"]');
    expect(emitted).toEqual([4]);
  });

  it('emits a typed date as YYYY-MM-DD and shows a stored one', async () => {
    const { fixture, element, emitted } = await render(question({ type: 'date' }), { value: '2027-03-05' });
    const input = element.querySelector<HTMLInputElement>('input');
    expect(input?.value).toBe('5.3.2027');
    type(element, 'input', '24.12.2026');
    input?.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(emitted).toEqual(['2026-12-24']);
  });

  it('offers the contacts and emits the chosen id', async () => {
    const { fixture, emitted } = await render(question({ type: 'contact' }), {
      contacts: [
        { id: 'c1', name: 'Anna Beispiel', role: 'Amtsleitung' },
        { id: 'c2', name: 'Bernd Muster' },
      ],
    });
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
    await select.open();
    const offered = await Promise.all((await select.getOptions()).map((option) => option.getText()));
    expect(offered).toEqual(['— keine Angabe —', 'Anna Beispiel (Amtsleitung)', 'Bernd Muster']);
    await select.clickOptions({ text: 'Bernd Muster' });
    expect(emitted).toEqual(['c2']);
  });

  it('adds, edits and removes dataset rows, and undoes a removal', async () => {
    const { fixture, element, emitted } = await render(question({ type: 'dataset_list' }));
    click(element, '[data-testid="dataset-row-add"]');
    await fixture.whenStable();
    const added = emitted[0] as DatasetCandidateRow[];
    expect(added).toHaveLength(1);
    expect(added[0]).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), title: '' });

    type(element, '[data-testid="dataset-row-title"]', 'Sirenenstandorte');
    await fixture.whenStable();
    expect(emitted[1]).toEqual([{ id: added[0].id, title: 'Sirenenstandorte' }]);
    TestBed.inject(HttpTestingController)
      .match((request) => request.url === API_ROUTES.modelDatasetSuggest)
      .forEach((request) => request.flush([]));

    click(element, '[data-testid="dataset-row-remove"]');
    await fixture.whenStable();
    expect(emitted[2]).toEqual([]);
    expect(element.querySelector('.undo')?.textContent).toContain('„Sirenenstandorte“ entfernt');
    click(element, '.undo button');
    expect(emitted[3]).toEqual([{ id: added[0].id, title: 'Sirenenstandorte' }]);
  });

  it('adds a concern row with a category and emits its statement', async () => {
    const { fixture, element, emitted } = await render(question({ type: 'objection_list' }));
    click(element, '[data-testid="concern-row-add"]');
    await fixture.whenStable();
    type(element, '[data-testid="concern-row-statement"]', 'Sirenen sind kritische Infrastruktur');
    const rows = emitted[1] as { id: string; category: string; statement: string }[];
    expect(rows).toEqual([
      { id: expect.any(String), category: 'other', statement: 'Sirenen sind kritische Infrastruktur' },
    ]);
  });

  it('emits nothing while read-only', async () => {
    const { element, emitted } = await render(question({ type: 'yes_no' }), { readonly: true, value: true });
    click(element, 'mat-radio-button input[value="no"]');
    expect(emitted).toEqual([]);
    expect(element.querySelector('.clear')).toBeNull();
  });

  it('shows the server’s problem at the question', async () => {
    const { fixture, element } = await render(question({ type: 'text' }));
    fixture.componentRef.setInput('error', 'Der Text ist zu lang.');
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Der Text ist zu lang.');
  });
});
