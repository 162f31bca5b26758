import { TestBed } from '@angular/core/testing';
import { de } from './de';
import { en } from './en';
import { I18nService, LOCALE_STORAGE_KEY, interpolate } from './i18n.service';

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  afterEach(() => localStorage.clear());

  function create(): I18nService {
    const service = TestBed.inject(I18nService);
    TestBed.tick(); // run the effect that sets <html lang>
    return service;
  }

  it('speaks German by default and marks the document as German', () => {
    const i18n = create();
    expect(i18n.locale()).toBe('de');
    expect(i18n.t('nav.users')).toBe('Benutzer');
    expect(document.documentElement.lang).toBe('de');
  });

  it('switches to English at runtime, remembers the choice and updates <html lang>', async () => {
    const i18n = create();
    await i18n.use('en');
    TestBed.tick();
    expect(i18n.t('nav.users')).toBe('Users');
    expect(i18n.t('start.title', { name: 'Ada' })).toBe('Hello, Ada');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in the stored language once its texts are loaded', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    const i18n = create();
    await i18n.ready();
    expect(i18n.t('login.title')).toBe('Sign in');
  });

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(create().locale()).toBe('de');
  });

  it("follows the signed-in user's locale unless a language was chosen explicitly", () => {
    const i18n = create();
    i18n.adoptUserLocale('en');
    expect(i18n.locale()).toBe('en');

    i18n.use('de');
    i18n.adoptUserLocale('en');
    expect(i18n.locale()).toBe('de');
  });

  it('formats dates for the active language', () => {
    const i18n = create();
    const iso = '2026-03-04T10:15:00Z';
    expect(i18n.formatDate(iso)).toBe(
      new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' }).format(new Date(iso)),
    );
    i18n.use('en');
    expect(i18n.formatDate(iso)).toBe(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(iso)),
    );
    expect(i18n.formatDate(null)).toBe('');
  });
});

describe('translations', () => {
  it('has an English text for every German key and no extra ones', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('has no empty texts', () => {
    for (const dictionary of [de, en]) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), key).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
  });

  it('says "1 Datensatz", not "1 Datensätze": a count of one takes the singular where there is one', async () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('datasets.total', { count: 1 })).toBe('1 Datensatz');
    expect(i18n.t('datasets.total', { count: 2 })).toBe('2 Datensätze');
    expect(i18n.t('datasets.total', { count: 0 })).toBe('0 Datensätze');
    await i18n.use('en');
    expect(i18n.t('datasets.total', { count: 1 })).toBe('1 dataset');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} und {b}', { a: 1 })).toBe('1 und {b}');
  });
});
