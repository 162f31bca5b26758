import { FormGroup } from '@angular/forms';
import { FIELD_ERROR_CODES } from '@datenlotse/contracts';
import { apiErrorOf } from '../core/api-error';
import { I18nService } from '../i18n/i18n.service';

/**
 * Puts the server's reasons for refusing a template (400, `codes.<field>` = invalidTemplate) at the subject,
 * HTML or text field: "Die Vorlage ist ungültig: <reason>", the reason as the server gives it (line, variable).
 * Returns false when the error is not such a refusal, so that the caller handles it otherwise.
 */
export function applyTemplateErrors(form: FormGroup, error: unknown, i18n: I18nService): boolean {
  const body = apiErrorOf(error);
  if (!body || body.statusCode !== 400 || !body.fields) return false;
  let applied = false;
  for (const [field, messages] of Object.entries(body.fields)) {
    const control = form.get(field);
    if (!control || !body.codes?.[field]?.includes(FIELD_ERROR_CODES.invalidTemplate)) continue;
    control.setErrors({
      ...(control.errors ?? {}),
      server: i18n.t('mailTemplates.invalid', { reason: messages.join(' ') }),
    });
    control.markAsTouched();
    applied = true;
  }
  return applied;
}
