import { InterviewStatus, InterviewSummaryDto, NamedRef } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';

/** Translation keys for the interview statuses (the compiler checks that every status has a text). */
export function interviewStatusLabel(status: InterviewStatus): TranslationKey {
  return `interviews.status.${status}`;
}

const INTL_LOCALES = { de: 'de-DE', en: 'en-GB' } as const;

/**
 * "Mi., 03.12.2026, 10:00–11:30 Uhr": the day with its weekday (people plan meetings by weekday) and the
 * time span, in local time.
 */
export function interviewWhen(
  i18n: I18nService,
  interview: Pick<InterviewSummaryDto, 'scheduledAt' | 'durationMinutes'>,
): string {
  const start = new Date(interview.scheduledAt);
  if (Number.isNaN(start.getTime())) return '';
  const locale = INTL_LOCALES[i18n.locale()];
  const end = new Date(start.getTime() + interview.durationMinutes * 60_000);
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(start);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return i18n.t('interviews.when', { day, start: time.format(start), end: time.format(end) });
}

/** The names of people on an interview, an erased contact as "ehemaliger Kontakt". */
export function namesOf(i18n: I18nService, people: readonly NamedRef[]): string {
  return people.map((person) => person.name ?? i18n.t('timeline.formerContact')).join(', ');
}

/** "Dreiteiliges Interview, Version 2". */
export function questionnaireOf(
  i18n: I18nService,
  interview: Pick<InterviewSummaryDto, 'templateName' | 'templateVersionNumber'>,
): string {
  return i18n.t('interviews.questionnaireVersion', {
    name: interview.templateName,
    number: interview.templateVersionNumber,
  });
}
