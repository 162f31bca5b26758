import { Locale, LocalizedText } from '@datenlotse/contracts';

/** A template's wording in the reader's language; German where the English is missing (it may be empty). */
export function localized(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return '';
  return locale === 'en' && text.en.trim() !== '' ? text.en : text.de;
}
