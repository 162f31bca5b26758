import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { LOCALES, Locale } from '@datenlotse/contracts';
import { I18nService, isLocale } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';

/** DE | EN: switches the language at once, without reload. */
@Component({
  selector: 'dl-language-switch',
  imports: [MatButtonToggleModule, TranslatePipe],
  template: `
    <mat-button-toggle-group
      class="switch"
      [value]="i18n.locale()"
      (change)="switch($event)"
      [attr.aria-label]="'lang.label' | t"
      hideSingleSelectionIndicator
    >
      @for (locale of locales; track locale) {
        <mat-button-toggle [value]="locale" [attr.lang]="locale" [aria-label]="nativeNames[locale]">
          {{ locale.toUpperCase() }}
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    .switch {
      --mat-button-toggle-height: 36px;
      --mat-button-toggle-shape: 18px;
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly i18n = inject(I18nService);
  protected readonly locales = LOCALES;
  /** Each language named in itself, so everyone finds their own. */
  protected readonly nativeNames: Readonly<Record<Locale, string>> = {
    de: 'Deutsch',
    en: 'English',
  };

  protected switch(event: MatButtonToggleChange): void {
    const value: unknown = event.value;
    if (isLocale(value)) this.i18n.use(value);
  }
}
