import { AbstractControl, FormGroup } from '@angular/forms';
import { apiErrorOf } from './api-error';

export interface ServerErrorResult {
  /** True when the error was a 400 with `fields`. */
  handled: boolean;
  /** Messages for fields the form has no control for (show them above the form). */
  unmatched: string[];
}

/** Finds the control for an API field path ("departmentIds.0" ⇒ "departmentIds"). */
function controlFor(form: FormGroup, path: string): AbstractControl | null {
  const segments = path.split('.').filter((segment) => segment.length > 0);
  while (segments.length > 0) {
    const control = form.get(segments.join('.'));
    if (control) return control;
    segments.pop();
  }
  return null;
}

/**
 * Puts the messages of an API validation error (400 with `fields`) onto the form: each control gets
 * `{ server: 'message' }` (shown by its mat-error) and is marked touched. The next edit of the control
 * re-runs its validators, which clears the server error.
 */
export function applyServerErrors(form: FormGroup, error: unknown): ServerErrorResult {
  const body = apiErrorOf(error);
  if (!body || body.statusCode !== 400 || !body.fields || Object.keys(body.fields).length === 0) {
    return { handled: false, unmatched: [] };
  }

  const unmatched: string[] = [];
  const collected = new Map<AbstractControl, string[]>();
  for (const [path, messages] of Object.entries(body.fields)) {
    const control = controlFor(form, path);
    if (control) collected.set(control, [...(collected.get(control) ?? []), ...messages]);
    else unmatched.push(...messages);
  }
  for (const [control, messages] of collected) {
    control.setErrors({
      ...(control.errors ?? {}),
      server: messages.join(' '),
    });
    control.markAsTouched();
  }
  return { handled: true, unmatched };
}

/** The server message of a control, for `<mat-error>`. */
export function serverError(control: AbstractControl): string | null {
  const value: unknown = control.getError('server');
  return typeof value === 'string' ? value : null;
}
