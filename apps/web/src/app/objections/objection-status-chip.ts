import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ObjectionStatus } from '@datenlotse/contracts';
import { TranslatePipe } from '../i18n/translate.pipe';
import { objectionStatusLabel } from './objection-labels';

/** An objection's status in words, coloured by how far it is from a decision (the colour only repeats it). */
@Component({
  selector: 'dl-objection-status-chip',
  imports: [TranslatePipe],
  template: `<span [class]="tone()">{{ label() | t }}</span>`,
  styles: `
    span {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .open {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .answered {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .partially {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .publishable {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .upheld {
      background: transparent;
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ObjectionStatusChip {
  readonly status = input.required<ObjectionStatus>();
  protected readonly label = computed(() => objectionStatusLabel(this.status()));
  protected readonly tone = computed(() => STATUS_TONES[this.status()]);
}

const STATUS_TONES: Readonly<Record<ObjectionStatus, string>> = {
  open: 'open',
  answered: 'answered',
  resolved_partially: 'partially',
  resolved_publishable: 'publishable',
  upheld: 'upheld',
};
