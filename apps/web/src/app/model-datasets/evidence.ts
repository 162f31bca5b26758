import { Locale, ModelDatasetDto, ModelDatasetEvidence } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { TranslationParams } from '../i18n/i18n.service';

/** How many municipalities the evidence line names before "und N weitere". */
export const EVIDENCE_NAMES = 5;

export type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** The model dataset's Bezeichnung in the user's language (the catalogue's English where it has one). */
export function modelDatasetLabel(
  modelDataset: Pick<ModelDatasetDto, 'label' | 'labelEn'>,
  locale: Locale,
): string {
  return locale === 'en' && modelDataset.labelEn ? modelDataset.labelEn : modelDataset.label;
}

export function modelDatasetTheme(row: { theme: string; themeEn: string | null }, locale: Locale): string {
  return locale === 'en' && row.themeEn ? row.themeEn : row.theme;
}

/** "Sirene: veröffentlicht von Bonn, Köln, Düsseldorf und 3 weiteren": the publishers as an argument. */
export function evidenceText(
  evidence: ModelDatasetEvidence,
  locale: Locale,
  t: Translate,
  max = EVIDENCE_NAMES,
): string {
  const label = modelDatasetLabel(evidence.modelDataset, locale);
  const publishers = evidence.publishers;
  if (publishers.length === 0) return t('evidence.none', { label });
  const names = publishers.slice(0, max).join(', ');
  const more = publishers.length - max;
  return more > 0
    ? t('evidence.lineMore', { label, names, count: more })
    : t('evidence.line', { label, names });
}
