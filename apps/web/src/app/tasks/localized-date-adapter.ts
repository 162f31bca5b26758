import { Injectable, Provider, effect, inject } from '@angular/core';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_NATIVE_DATE_FORMATS,
  NativeDateAdapter,
} from '@angular/material/core';
import { I18nService } from '../i18n/i18n.service';

/** Day, month and year as typed in Germany (24.12.2025) or Britain (24/12/2025), or ISO (2025-12-24). */
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The native date adapter in the app's language, which also understands dates typed by hand: the native one
 * leaves parsing to `Date.parse`, which reads "03.04.2025" as March 4th or not at all.
 */
@Injectable()
export class LocalizedDateAdapter extends NativeDateAdapter {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => this.setLocale(this.i18n.locale() === 'de' ? 'de-DE' : 'en-GB'));
  }

  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const text = value.trim();
      const dayFirst = DAY_FIRST.exec(text);
      if (dayFirst) return this.checkedDate(dayFirst[3], dayFirst[2], dayFirst[1]);
      const iso = ISO_DATE.exec(text);
      if (iso) return this.checkedDate(iso[1], iso[2], iso[3]);
    }
    return super.parse(value, parseFormat);
  }

  /** A date, or an invalid one (shown as an error) for the 31st of February and the like. */
  private checkedDate(year: string, month: string, day: string): Date {
    const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
    const date = new Date(fullYear, Number(month) - 1, Number(day));
    return date.getMonth() === Number(month) - 1 && date.getDate() === Number(day) ? date : this.invalid();
  }
}

/** Providers for a component with date or time pickers. */
export function provideLocalizedDates(): Provider[] {
  return [
    { provide: DateAdapter, useClass: LocalizedDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
  ];
}

/** A day as the API speaks it (YYYY-MM-DD), in local time: `toISOString` would shift it across midnight. */
export function toIsoDate(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local midnight of an API day (YYYY-MM-DD). */
export function fromIsoDate(value: string | null): Date | null {
  const match = value ? ISO_DATE.exec(value) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}
