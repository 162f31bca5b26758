import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslationKey } from './de';
import { I18nService, TranslationParams } from './i18n.service';

/**
 * `{{ 'login.title' | t }}` or `{{ 'start.title' | t: { name } }}`.
 * Impure on purpose: it reads the language signal, so a switch re-renders every text without reload
 * (the template tracks the signal read inside `transform`; the lookup itself is a map access).
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
