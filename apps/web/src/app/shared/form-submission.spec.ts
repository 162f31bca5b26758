import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { ApiError } from '@datenlotse/contracts';
import { FormSubmission } from './form-submission';

function badRequest(fields: Record<string, string[]>): HttpErrorResponse {
  const body: ApiError = { statusCode: 400, error: 'Bad Request', message: 'Validation failed', fields };
  return new HttpErrorResponse({ status: 400, error: body });
}

function submission() {
  const form = new FormGroup({ name: new FormControl('Ada', { nonNullable: true }) });
  return { form, submission: new FormSubmission(form, { fieldErrorMessage: () => null }) };
}

describe('FormSubmission', () => {
  it('puts field errors on their controls and the rest above the form, ready for another try', () => {
    const { form, submission: sent } = submission();
    sent.begin();
    expect(sent.submitting()).toBe(true);

    const result = sent.fail(badRequest({ name: ['name is taken'], parentId: ['parent is archived'] }));

    expect(result.handled).toBe(true);
    expect(sent.submitting()).toBe(false);
    expect(form.controls.name.getError('server')).toBe('name is taken');
    expect(sent.problems()).toEqual(['parent is archived']);
  });

  it('forgets the last attempt’s messages when the next request goes out', () => {
    const { submission: sent } = submission();
    sent.begin();
    sent.fail(badRequest({ parentId: ['parent is archived'] }));

    sent.begin();

    expect(sent.problems()).toEqual([]);
  });

  it('shows nothing above the form for an error that is not about the fields', () => {
    const { submission: sent } = submission();
    sent.begin();

    const result = sent.fail(new HttpErrorResponse({ status: 500 }));

    expect(result.handled).toBe(false);
    expect(sent.submitting()).toBe(false);
    expect(sent.problems()).toEqual([]);
  });
});
