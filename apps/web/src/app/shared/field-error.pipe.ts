import { Pipe, PipeTransform, inject } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { I18nService } from '../i18n/i18n.service';

/**
 * The message for a control's first error, for `<mat-error>{{ form.controls.x | fieldError }}</mat-error>`.
 * A message from the server (see `applyServerErrors`) wins over the client-side checks.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(control: AbstractControl): string {
    const errors = control.errors;
    if (!errors) return '';
    const server: unknown = errors['server'];
    if (typeof server === 'string') return server;
    if (errors['required']) return this.i18n.t('errors.required');
    if (errors['email']) return this.i18n.t('errors.email');
    const minLength: unknown = errors['minlength'];
    if (typeof minLength === 'object' && minLength !== null && 'requiredLength' in minLength) {
      return this.i18n.t('errors.minLength', {
        min: Number(minLength.requiredLength),
      });
    }
    const maxLength: unknown = errors['maxlength'];
    if (typeof maxLength === 'object' && maxLength !== null && 'requiredLength' in maxLength) {
      return this.i18n.t('errors.maxLength', {
        max: Number(maxLength.requiredLength),
      });
    }
    if (errors['url']) return this.i18n.t('errors.url');
    if (errors['passwordMismatch']) return this.i18n.t('errors.passwordMismatch');
    if (errors['departmentsRequired']) return this.i18n.t('errors.departmentsRequired');
    return this.i18n.t('errors.generic');
  }
}
