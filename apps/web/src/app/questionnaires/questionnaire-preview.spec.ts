import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { QuestionnairePreview } from './questionnaire-preview';
import { definitionFixture } from './questionnaire-fixtures';

async function render(): Promise<ComponentFixture<QuestionnairePreview>> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const fixture = TestBed.createComponent(QuestionnairePreview);
  fixture.componentRef.setInput('definition', definitionFixture());
  await fixture.whenStable();
  return fixture;
}

function shownKeys(fixture: ComponentFixture<unknown>): string[] {
  return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('dl-question-field')).map(
    (field) => field.getAttribute('data-question') ?? '',
  );
}

function radio(fixture: ComponentFixture<unknown>, key: string, label: string): HTMLInputElement {
  const field = (fixture.nativeElement as HTMLElement).querySelector(
    `dl-question-field[data-question="${key}"]`,
  );
  const button = Array.from(field?.querySelectorAll('mat-radio-button') ?? []).find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  const input = button?.querySelector<HTMLInputElement>('input');
  if (!input) throw new Error(`no radio ${label}`);
  return input;
}

describe('QuestionnairePreview', () => {
  beforeEach(() => localStorage.clear());

  it('shows a conditional question only while the answer it waits for is given, and can start over', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Vorstellung');
    expect(element.textContent).toContain('Wir stellen uns vor.');
    expect(shownKeys(fixture)).toEqual(['kennt_open_data', 'kandidaten', 'erster']);

    radio(fixture, 'kennt_open_data', 'Ja').click();
    await fixture.whenStable();
    expect(shownKeys(fixture)).toEqual(['kennt_open_data', 'woher', 'kandidaten', 'erster']);

    radio(fixture, 'kennt_open_data', 'Nein').click();
    await fixture.whenStable();
    expect(shownKeys(fixture)).not.toContain('woher');

    radio(fixture, 'kennt_open_data', 'Ja').click();
    await fixture.whenStable();
    Array.from(element.querySelectorAll<HTMLButtonElement>('button'))
      .find((button) => button.textContent?.trim() === 'Antworten zurücksetzen')
      ?.click();
    await fixture.whenStable();
    expect(shownKeys(fixture)).toEqual(['kennt_open_data', 'kandidaten', 'erster']);
  });
});
