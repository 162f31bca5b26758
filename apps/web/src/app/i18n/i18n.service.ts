import { DOCUMENT } from '@angular/common';
import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { DEFAULT_LOCALE, LOCALES, Locale } from '@datenlotse/contracts';
import { TranslationKey, de } from './de';
import { en } from './en';

export const LOCALE_STORAGE_KEY = 'datenlotse.locale';

export type TranslationParams = Readonly<Record<string, string | number>>;

const DICTIONARIES: Readonly<Record<Locale, Readonly<Record<TranslationKey, string>>>> = { de, en };

/** BCP 47 tags for Intl formatting. */
const INTL_LOCALES: Readonly<Record<Locale, string>> = {
  de: 'de-DE',
  en: 'en-GB',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Replaces `{param}` placeholders; unknown placeholders stay visible so they get noticed. */
export function interpolate(text: string, params?: TranslationParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}

/**
 * The tiny translation service: German first, English second, switchable at runtime.
 * The language the user picked explicitly is remembered in localStorage; without such a choice the
 * signed-in user's locale applies (see `adoptUserLocale`), else German.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);

  private readonly current = signal<Locale>(this.storedLocale() ?? DEFAULT_LOCALE);
  /** The active language. */
  readonly locale = this.current.asReadonly();
  private readonly dictionary = computed(() => DICTIONARIES[this.current()]);
  private readonly dateTimeFormat = computed(
    () =>
      new Intl.DateTimeFormat(INTL_LOCALES[this.current()], {
        dateStyle: 'medium',
        timeStyle: 'short',
      }),
  );
  private readonly dateFormat = computed(
    () =>
      new Intl.DateTimeFormat(INTL_LOCALES[this.current()], {
        dateStyle: 'medium',
      }),
  );
  private readonly numberFormat = computed(() => new Intl.NumberFormat(INTL_LOCALES[this.current()]));

  constructor() {
    effect(() => {
      this.document.documentElement.lang = this.current();
    });
  }

  /**
   * Translates a key (reading the active language, so templates and computeds follow a switch). With a
   * `count` of 1, the key's singular `<key>.one` is used where there is one ("1 Datensatz", not "1 Datensätze").
   */
  t(key: TranslationKey, params?: TranslationParams): string {
    const dictionary = this.dictionary();
    const singular = `${key}.one`;
    const text =
      params?.['count'] === 1 && Object.prototype.hasOwnProperty.call(dictionary, singular)
        ? dictionary[singular as TranslationKey]
        : dictionary[key];
    return interpolate(text, params);
  }

  /** The user switches the language: applies it and remembers the choice. */
  use(locale: Locale): void {
    this.current.set(locale);
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage may be unavailable (privacy mode); the switch still applies for this visit.
    }
  }

  /** After sign-in: follow the user's own locale unless a language was picked explicitly here. */
  adoptUserLocale(locale: Locale): void {
    if (this.storedLocale() === null && isLocale(locale)) this.current.set(locale);
  }

  /** The wording for a code of an API field error (`validation.<code>`), or null when there is none. */
  fieldErrorMessage(code: string): string | null {
    const key = `validation.${code}`;
    return Object.prototype.hasOwnProperty.call(de, key) ? this.t(key as TranslationKey) : null;
  }

  formatDateTime(iso: string | null | undefined): string {
    return this.format(iso, this.dateTimeFormat());
  }

  formatDate(iso: string | null | undefined): string {
    return this.format(iso, this.dateFormat());
  }

  formatNumber(value: number): string {
    return this.numberFormat().format(value);
  }

  private format(iso: string | null | undefined, format: Intl.DateTimeFormat): string {
    if (!iso) return '';
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : format.format(date);
  }

  private storedLocale(): Locale | null {
    try {
      const value = this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY);
      return isLocale(value) ? value : null;
    } catch {
      return null;
    }
  }
}
