import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ApiError } from '@datenlotse/contracts';
import { applyServerErrors, serverError } from './server-errors';

function badRequest(fields: Record<string, string[]>, status = 400): HttpErrorResponse {
  const body: ApiError = {
    statusCode: status,
    error: 'Bad Request',
    message: 'Validation failed',
    fields,
  };
  return new HttpErrorResponse({ status, error: body });
}

function userForm() {
  return new FormGroup({
    email: new FormControl('taken@example.org', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    name: new FormControl('Ada', { nonNullable: true }),
    departmentIds: new FormControl<string[]>([], { nonNullable: true }),
  });
}

describe('applyServerErrors', () => {
  it('puts each field message on its control and marks it touched', () => {
    const form = userForm();
    const result = applyServerErrors(
      form,
      badRequest({
        email: ['E-Mail ist bereits vergeben.'],
        name: ['zu kurz', 'ungültig'],
      }),
    );

    expect(result).toEqual({ handled: true, unmatched: [] });
    expect(serverError(form.controls.email)).toBe('E-Mail ist bereits vergeben.');
    expect(form.controls.email.touched).toBe(true);
    expect(serverError(form.controls.name)).toBe('zu kurz ungültig');
    expect(form.valid).toBe(false);
  });

  it('maps an element path like "departmentIds.0" to the array control', () => {
    const form = userForm();
    applyServerErrors(form, badRequest({ 'departmentIds.0': ['unbekanntes Amt'] }));
    expect(serverError(form.controls.departmentIds)).toBe('unbekanntes Amt');
  });

  it('returns messages for fields the form does not have', () => {
    const form = userForm();
    const result = applyServerErrors(form, badRequest({ token: ['abgelaufen'] }));
    expect(result).toEqual({ handled: true, unmatched: ['abgelaufen'] });
    expect(form.valid).toBe(true);
  });

  it('clears the server message when the user edits the field', () => {
    const form = userForm();
    applyServerErrors(form, badRequest({ email: ['vergeben'] }));
    form.controls.email.setValue('other@example.org');
    expect(form.controls.email.errors).toBeNull();
  });

  it("words the reasons it knows in the user's language and keeps the message otherwise", () => {
    const form = userForm();
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid input',
        fields: { email: ['already in use'], name: ['name is odd'] },
        codes: { email: ['alreadyInUse'], name: ['somethingNew'] },
      } satisfies ApiError,
    });
    const german = {
      fieldErrorMessage: (code: string) => (code === 'alreadyInUse' ? 'Ist bereits vergeben.' : null),
    };
    applyServerErrors(form, error, german);
    expect(serverError(form.controls.email)).toBe('Ist bereits vergeben.');
    expect(serverError(form.controls.name)).toBe('name is odd');
  });

  it('leaves other errors alone', () => {
    const form = userForm();
    const conflict = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, error: 'Conflict', message: 'stale' },
    });
    expect(applyServerErrors(form, conflict).handled).toBe(false);
    expect(applyServerErrors(form, new Error('boom')).handled).toBe(false);
    expect(applyServerErrors(form, badRequest({})).handled).toBe(false);
    expect(form.valid).toBe(true);
  });
});
