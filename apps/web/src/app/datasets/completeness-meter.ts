import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * The metadata completeness as a small bar with the percentage beside it: the number carries the meaning,
 * the bar only helps the eye (hidden from screen readers, which read "Metadaten 70 %").
 */
@Component({
  selector: 'dl-completeness-meter',
  imports: [TranslatePipe],
  template: `
    <span class="bar" aria-hidden="true"><span class="fill" [style.width.%]="clamped()"></span></span>
    <span class="value">
      <span class="visually-hidden">{{ 'datasets.completenessLabel' | t }} </span>{{ clamped() }} %
    </span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      white-space: nowrap;
    }
    .bar {
      display: inline-block;
      width: 44px;
      height: 6px;
      border-radius: 3px;
      background: var(--mat-sys-surface-container-highest);
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline-variant);
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
    .value {
      font: var(--mat-sys-body-small);
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompletenessMeter {
  readonly score = input.required<number>();
  protected readonly clamped = computed(() => Math.max(0, Math.min(100, Math.round(this.score()))));
}
