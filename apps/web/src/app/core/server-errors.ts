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

/** Words a field error code in the user's language; null for codes it does not know. */
export interface FieldErrorWording {
  fieldErrorMessage(code: string): string | null;
}

/**
 * Puts the messages of an API validation error (400 with `fields`) onto the form: each control gets
 * `{ server: 'message' }` (shown by its mat-error) and is marked touched. Where the API names a reason code
 * the wording knows, the user reads it in their language; otherwise the API's message. The next edit of the
 * control re-runs its validators, which clears the server error.
 */
export function applyServerErrors(
  form: FormGroup,
  error: unknown,
  wording?: FieldErrorWording,
): ServerErrorResult {
  const body = apiErrorOf(error);
  if (!body || body.statusCode !== 400 || !body.fields || Object.keys(body.fields).length === 0) {
    return { handled: false, unmatched: [] };
  }

  const unmatched: string[] = [];
  const collected = new Map<AbstractControl, string[]>();
  for (const [path, apiMessages] of Object.entries(body.fields)) {
    const worded = body.codes?.[path]?.map((code) => wording?.fieldErrorMessage(code)).find((m) => !!m);
    const messages = worded ? [worded] : apiMessages;
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
