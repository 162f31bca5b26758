import { DOCUMENT } from '@angular/common';
import { Injectable, PendingTasks, computed, effect, inject, signal } from '@angular/core';
import { DEFAULT_LOCALE, LOCALES, Locale } from '@datenlotse/contracts';
import { TranslationKey, de } from './de';

export const LOCALE_STORAGE_KEY = 'datenlotse.locale';

export type TranslationParams = Readonly<Record<string, string | number>>;

type Dictionary = Readonly<Record<TranslationKey, string>>;

/**
 * German comes with the app; the other languages load when someone picks them, so that the start of the app
 * does not carry texts most people never read.
 */
const LOADERS: Readonly<Record<Exclude<Locale, 'de'>, () => Promise<Dictionary>>> = {
  en: () => import('./en').then((m) => m.en),
};

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
  private readonly pendingTasks = inject(PendingTasks);

  private readonly current = signal<Locale>(this.storedLocale() ?? DEFAULT_LOCALE);
  /** The active language. */
  readonly locale = this.current.asReadonly();
  private readonly dictionaries = signal<Partial<Record<Locale, Dictionary>>>({ de });
  /** The active language's texts; German while another language is still loading. */
  private readonly dictionary = computed(() => this.dictionaries()[this.current()] ?? de);
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

  /** Resolves once the active language's texts are there (the app waits for it before it starts). */
  ready(): Promise<void> {
    return this.load(this.current());
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

  /** The user switches the language: applies it and remembers the choice; resolves once its texts are there. */
  use(locale: Locale): Promise<void> {
    this.current.set(locale);
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage may be unavailable (privacy mode); the switch still applies for this visit.
    }
    return this.load(locale);
  }

  /** After sign-in: follow the user's own locale unless a language was picked explicitly here. */
  adoptUserLocale(locale: Locale): void {
    if (this.storedLocale() === null && isLocale(locale)) {
      this.current.set(locale);
      void this.load(locale);
    }
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

  /** Loads a language's texts once; the app counts as busy meanwhile (tests and hydration wait for it). */
  private async load(locale: Locale): Promise<void> {
    if (locale === 'de' || this.dictionaries()[locale]) return;
    const done = this.pendingTasks.add();
    try {
      const dictionary = await LOADERS[locale]();
      this.dictionaries.update((loaded) => ({ ...loaded, [locale]: dictionary }));
    } finally {
      done();
    }
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
