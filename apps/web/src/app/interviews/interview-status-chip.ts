import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { InterviewStatus } from '@datenlotse/contracts';
import { TranslatePipe } from '../i18n/translate.pipe';
import { interviewStatusLabel } from './interview-wording';

/** An interview's status as a coloured label; the text always says it, the colour only repeats it. */
@Component({
  selector: 'dl-interview-status-chip',
  imports: [TranslatePipe],
  template: `<span [class]="status()">{{ label() | t }}</span>`,
  styles: `
    span {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .planned {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .in_progress {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .completed {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .cancelled {
      background: transparent;
      color: var(--mat-sys-on-surface);
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InterviewStatusChip {
  readonly status = input.required<InterviewStatus>();
  protected readonly label = computed(() => interviewStatusLabel(this.status()));
}
