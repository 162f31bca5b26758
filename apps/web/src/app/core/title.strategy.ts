import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslationKey, de } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';

function isTranslationKey(value: string | undefined): value is TranslationKey {
  return value !== undefined && Object.prototype.hasOwnProperty.call(de, value);
}

/** Route `title`s are translation keys; the document title follows the language. */
@Injectable({ providedIn: 'root' })
export class I18nTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private readonly key = signal<TranslationKey | null>(null);

  constructor() {
    super();
    effect(() => {
      const key = this.key();
      const appName = this.i18n.t('app.name');
      this.title.setTitle(key && key !== 'app.name' ? `${this.i18n.t(key)} – ${appName}` : appName);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const title = this.buildTitle(snapshot);
    this.key.set(isTranslationKey(title) ? title : null);
  }
}
