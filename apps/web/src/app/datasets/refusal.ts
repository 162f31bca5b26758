import { HttpErrorResponse } from '@angular/common/http';
import { DATASET_RULES, DatasetRule } from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { datasetRuleLabel } from './dataset-labels';

/** The rule a 409 names (DatasetTransitionRefusal), or null for a 409 without one (a stale version). */
export function refusalRule(error: unknown): DatasetRule | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) return null;
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null || !('rule' in body)) return null;
  const rule: unknown = body.rule;
  return typeof rule === 'string' && (DATASET_RULES as readonly string[]).includes(rule)
    ? (rule as DatasetRule)
    : null;
}

/** Why the API refused a move, in the user's language: the rule's text, or "changed elsewhere". */
export function refusalMessage(error: unknown, i18n: I18nService): string {
  const rule = refusalRule(error);
  return i18n.t(rule ? datasetRuleLabel(rule) : 'errors.conflict');
}
