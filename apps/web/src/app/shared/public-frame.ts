import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LanguageSwitch } from './language-switch';
import { SkipLink } from './skip-link';

/** Frame of the pages before sign-in (login, invitation): header with name and language, main. */
@Component({
  selector: 'dl-public-frame',
  imports: [TranslatePipe, LanguageSwitch, SkipLink],
  template: `
    <dl-skip-link />
    <header class="header">
      <span class="brand">
        {{ 'app.name' | t }}
        @if (municipality()) {
          <span class="municipality">{{ municipality() }}</span>
        }
      </span>
      <dl-language-switch />
    </header>
    <main id="main-content" class="main" tabindex="-1">
      <ng-content />
    </main>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100dvh;
      background: var(--mat-sys-surface-container-low);
    }
    .header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      flex-wrap: wrap;
      padding: 12px clamp(16px, 4vw, 32px);
      background: var(--mat-sys-surface-container);
      box-shadow: var(--mat-sys-level1);
    }
    .brand {
      font: var(--mat-sys-title-large);
    }
    .municipality {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-title-medium);
    }
    .municipality::before {
      content: '· ';
    }
    @media (max-width: 520px) {
      .header {
        flex-wrap: nowrap;
      }
      .municipality {
        display: block;
        font: var(--mat-sys-body-medium);
      }
      .municipality::before {
        content: none;
      }
    }
    .main {
      flex: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: center;
      gap: 24px;
      padding: clamp(16px, 5vw, 48px) clamp(12px, 4vw, 32px);
      outline: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicFrame {
  readonly municipality = input<string | null | undefined>(null);
}
