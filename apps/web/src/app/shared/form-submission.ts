import { signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { applyServerErrors, FieldErrorWording, ServerErrorResult } from '../core/server-errors';

/**
 * The submit state of a form dialog: whether its request is under way (the submit button waits), and the
 * server's messages that belong to no field of the form (shown above it).
 */
export class FormSubmission {
  private readonly busy = signal(false);
  private readonly messages = signal<string[]>([]);
  readonly submitting = this.busy.asReadonly();
  readonly problems = this.messages.asReadonly();

  constructor(
    private readonly form: FormGroup,
    private readonly wording: FieldErrorWording,
  ) {}

  /** The request goes out: the messages of the last attempt no longer apply. */
  begin(): void {
    this.busy.set(true);
    this.messages.set([]);
  }

  /** The request is answered and the dialog stays open to show what came back. */
  end(): void {
    this.busy.set(false);
  }

  /** The request failed: field errors go onto their controls, the rest above the form. */
  fail(error: unknown): ServerErrorResult {
    this.busy.set(false);
    const result = applyServerErrors(this.form, error, this.wording);
    this.messages.set(result.unmatched);
    return result;
  }

  /** A message of the dialog's own above the form (a refusal the server words without naming a field). */
  report(message: string): void {
    this.messages.set([message]);
  }
}
