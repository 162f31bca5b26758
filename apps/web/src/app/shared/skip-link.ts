import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * "Skip to content": focuses the main landmark. (A plain `#fragment` link would make the browser
 * resolve it against `<base href>` and leave the page.)
 */
@Component({
  selector: 'dl-skip-link',
  imports: [TranslatePipe],
  template: `<a class="skip-link" [href]="'#' + target()" (click)="skip($event)">{{
    'app.skipToContent' | t
  }}</a>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkipLink {
  private readonly document = inject(DOCUMENT);
  readonly target = input('main-content');

  protected skip(event: Event): void {
    event.preventDefault();
    this.document.getElementById(this.target())?.focus();
  }
}
