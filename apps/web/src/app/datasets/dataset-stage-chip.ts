import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DatasetStage } from '@datenlotse/contracts';
import { TranslatePipe } from '../i18n/translate.pipe';
import { datasetStageLabel } from './dataset-labels';

/** Colour families along the pipeline; the side stages stand apart (outlined). The text always says it. */
const STAGE_TONES: Readonly<Record<DatasetStage, string>> = {
  identified: 'early',
  in_clarification: 'early',
  agreed: 'agreed',
  delivery_scheduled: 'agreed',
  delivered: 'agreed',
  in_review: 'review',
  awaiting_approval: 'review',
  changes_requested: 'review',
  approved: 'review',
  published: 'done',
  maintained: 'done',
  on_hold: 'side',
  rejected: 'side',
  withdrawn: 'side',
};

/** A dataset's stage as a coloured label. */
@Component({
  selector: 'dl-dataset-stage-chip',
  imports: [TranslatePipe],
  template: `<span [class]="tone()">{{ label() | t }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      /* Wraps between words in a narrow column, never inside one. */
      overflow-wrap: normal;
    }
    .early {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .agreed {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .review {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .done {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .side {
      background: transparent;
      color: var(--mat-sys-on-surface);
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetStageChip {
  readonly stage = input.required<DatasetStage>();
  protected readonly label = computed(() => datasetStageLabel(this.stage()));
  protected readonly tone = computed(() => `chip ${STAGE_TONES[this.stage()]}`);
}
