import {
  DatasetStage,
  DeliveryMethod,
  DeliverySchedule,
  QualityCheck,
  ScheduleKind,
  daysBetween,
} from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { TranslationParams } from '../i18n/i18n.service';
import { toIsoDate } from '../tasks/localized-date-adapter';

/** What the wording needs of the I18nService (tests pass the real one). */
export interface Wording {
  t(key: TranslationKey, params?: TranslationParams): string;
  formatDate(iso: string | null | undefined): string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Today as the API's calendar speaks it (YYYY-MM-DD, local time). */
export function todayIso(now = new Date()): string {
  return toIsoDate(now);
}

/**
 * A calendar day (YYYY-MM-DD) as the user reads dates (31.01.2027): formatted from local midnight, since
 * `new Date('2027-01-31')` is UTC midnight and would show the day before west of Greenwich.
 */
export function formatDay(wording: Wording, iso: string | null | undefined): string {
  const match = iso ? ISO_DAY.exec(iso) : null;
  if (!match) return '';
  const local = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return wording.formatDate(local.toISOString());
}

const SCHEDULE_WORDS: Readonly<Record<ScheduleKind, TranslationKey>> = {
  once: 'deliveries.scheduleOnce',
  weekly: 'deliveries.scheduleWeekly',
  monthly: 'deliveries.scheduleMonthly',
  quarterly: 'deliveries.scheduleQuarterly',
  yearly: 'deliveries.scheduleYearly',
  rrule: 'deliveries.scheduleRrule',
};

/** "monatlich ab 31.01.2027", "einmalig am 15.03.2027", "RRULE FREQ=MONTHLY;BYMONTHDAY=-1, ab …". */
export function scheduleInWords(wording: Wording, schedule: DeliverySchedule): string {
  return wording.t(SCHEDULE_WORDS[schedule.kind], {
    date: formatDay(wording, schedule.startDate),
    rule: schedule.rrule ?? '',
  });
}

/** The choices of the schedule's kind, as the dialog offers them. */
export const SCHEDULE_KIND_LABELS: Readonly<Record<ScheduleKind, TranslationKey>> = {
  once: 'deliveries.kind.once',
  weekly: 'deliveries.kind.weekly',
  monthly: 'deliveries.kind.monthly',
  quarterly: 'deliveries.kind.quarterly',
  yearly: 'deliveries.kind.yearly',
  rrule: 'deliveries.kind.rrule',
};

export function methodLabel(method: DeliveryMethod): TranslationKey {
  return `deliveries.method.${method}`;
}

/** The dataset stage's name: helper E's keys (the compiler checks that each stage has one). */
export function datasetStageLabel(stage: DatasetStage): TranslationKey {
  return `dataset.stage.${stage}`;
}

/** "bestanden", "nicht bestanden", "Prüfung ausstehend": the check in words, not by colour alone. */
export function qualityLabel(check: QualityCheck | null): TranslationKey {
  return check ? `deliveries.quality.${check}` : 'deliveries.quality.pending';
}

/** On the dataset: "überfällig seit 1 Tag" / "überfällig seit 12 Tagen". */
export function overdueSince(wording: Wording, days: number): string {
  return wording.t('deliveries.overdueSince', { count: days });
}

/**
 * On the list: "12 Tage überfällig", "1 Tag überfällig", "heute fällig", "morgen fällig", "in 5 Tagen fällig".
 * `daysOverdue` is the API's count; the days ahead are counted here from `today`.
 */
export function dueInWords(
  wording: Wording,
  due: { nextDueAt: string; daysOverdue: number },
  today = todayIso(),
): string {
  if (due.daysOverdue > 0) {
    return wording.t('deliveries.daysOverdue', { count: due.daysOverdue });
  }
  const ahead = daysBetween(today, due.nextDueAt);
  if (ahead <= 0) return wording.t('deliveries.dueToday');
  if (ahead === 1) return wording.t('deliveries.dueTomorrow');
  return wording.t('deliveries.dueInDays', { count: ahead });
}
