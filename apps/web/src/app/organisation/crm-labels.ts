import { EngagementStage, Relationship } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';

/** Translation keys for the CRM's contract enums (the compiler checks that every value has a text). */
export function stageLabel(stage: EngagementStage): TranslationKey {
  return `stage.${stage}`;
}

export function relationshipLabel(relationship: Relationship): TranslationKey {
  return `relationship.${relationship}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "heute", "gestern", "vor 5 Tagen", "vor 3 Monaten": how long ago a moment was, in calendar days (local
 * time), then months and years. Empty for a missing or invalid date.
 */
export function relativeDay(iso: string | null | undefined, locale: string, now = new Date()): string {
  if (!iso) return '';
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const days = Math.round((startOfDay(now) - startOfDay(then)) / DAY_MS);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(days) < 45) return format.format(-days, 'day');
  const months = Math.round(days / 30.44);
  if (Math.abs(months) < 12) return format.format(-months, 'month');
  return format.format(-Math.round(days / 365.25), 'year');
}
