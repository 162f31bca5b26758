import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { EngagementStage } from '@datenlotse/contracts';
import { TranslatePipe } from '../i18n/translate.pipe';
import { stageLabel } from './crm-labels';

/** A department's engagement stage as a coloured label; a manual stage is marked as such. */
@Component({
  selector: 'dl-stage-chip',
  imports: [TranslatePipe],
  template: `
    <span class="chip" [class]="tone()">
      {{ label() | t }}
      @if (overridden()) {
        <span class="manual">({{ 'stage.manual' | t }})</span>
      }
    </span>
  `,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .early {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .talking {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .agreed {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .done {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .paused {
      background: transparent;
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
    }
    .manual {
      font-weight: 400;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageChip {
  readonly stage = input.required<EngagementStage>();
  readonly overridden = input(false);
  protected readonly label = computed(() => stageLabel(this.stage()));
  /** Colour families along the way: not yet → talking → agreed → publishing; paused stands apart. */
  protected readonly tone = computed(() => `chip ${STAGE_TONES[this.stage()]}`);
}

const STAGE_TONES: Readonly<Record<EngagementStage, string>> = {
  not_contacted: 'none',
  contacted: 'early',
  interview_scheduled: 'talking',
  interviewed: 'talking',
  agreement: 'agreed',
  delivering: 'agreed',
  publishing: 'done',
  paused: 'paused',
};
