import { FormControl, FormGroup } from '@angular/forms';
import { OBJECTION_STATUSES, ObjectionStatus } from '@datenlotse/contracts';
import { initialAnswerChoice, noteRequired, resolutionNoteValidator } from './objection-labels';

describe('objection outcomes', () => {
  it('asks for a note exactly for "publishable in part" and "upheld"', () => {
    const needing = OBJECTION_STATUSES.filter((status) => noteRequired(status));
    expect(needing).toEqual(['resolved_partially', 'upheld']);
  });

  it('holds a form back until the note says what was agreed, when the outcome needs one', () => {
    const form = new FormGroup({
      status: new FormControl<ObjectionStatus>('resolved_partially', { nonNullable: true }),
      resolutionNote: new FormControl('  ', { nonNullable: true, validators: [resolutionNoteValidator] }),
    });
    form.controls.resolutionNote.updateValueAndValidity();
    expect(form.controls.resolutionNote.hasError('noteRequired')).toBe(true);

    form.controls.resolutionNote.setValue('aggregiert auf Stadtbezirke');
    expect(form.valid).toBe(true);

    form.controls.resolutionNote.setValue('');
    form.controls.status.setValue('resolved_publishable');
    form.controls.resolutionNote.updateValueAndValidity();
    expect(form.valid).toBe(true);
  });

  it('starts answering an open objection as "answered" and keeps any other state', () => {
    expect(initialAnswerChoice('open')).toBe('answered');
    expect(initialAnswerChoice('upheld')).toBe('upheld');
  });
});
