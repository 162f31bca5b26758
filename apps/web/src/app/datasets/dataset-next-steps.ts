import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { DATASET_PIPELINE, DatasetDto, isSideStage } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { datasetRuleLabel, datasetStageLabel } from './dataset-labels';
import { DatasetMover } from './dataset-mover';
import { OfferedMove, offeredMoves } from './dataset-moves';

type Direction = 'forward' | 'back' | 'resume' | 'aside';

interface Step extends OfferedMove {
  direction: Direction;
}

const ORDER: readonly Direction[] = ['forward', 'resume', 'back', 'aside'];

/**
 * "Nächste Schritte": the moves the signed-in user can make from here, as the API computed them (dto.moves).
 * Forward first, then back, then aside (on hold, withdrawn); a refused move stays visible with its reason.
 */
@Component({
  selector: 'dl-dataset-next-steps',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <h2 #heading id="dataset-next-steps" class="section-title" tabindex="-1">
      {{ 'datasetSteps.title' | t }}
    </h2>
    @if (steps().length === 0) {
      <p class="empty">{{ 'datasetSteps.none' | t }}</p>
    } @else {
      <ul class="steps">
        @for (step of steps(); track step.to) {
          <li>
            @if (step.direction === 'forward') {
              <button
                mat-flat-button
                type="button"
                [disabled]="!step.enabled || busy()"
                [attr.aria-describedby]="step.refusal ? 'why-' + step.to : null"
                (click)="choose(step)"
              >
                {{ 'datasetSteps.moveTo' | t: { stage: i18n.t(stageLabel(step.to)) } }}
              </button>
            } @else {
              <button
                mat-stroked-button
                type="button"
                [disabled]="!step.enabled || busy()"
                [attr.aria-describedby]="step.refusal ? 'why-' + step.to : null"
                (click)="choose(step)"
              >
                {{
                  (step.direction === 'back' ? 'datasetSteps.moveBack' : 'datasetSteps.moveTo')
                    | t: { stage: i18n.t(stageLabel(step.to)) }
                }}
              </button>
            }
            @if (step.refusal; as refusal) {
              <p class="why" [id]="'why-' + step.to">{{ ruleLabel(refusal) | t }}</p>
            } @else if (step.needsReason) {
              <p class="note">{{ 'datasetSteps.needsReason' | t }}</p>
            } @else if (step.asksPortalUrl) {
              <p class="note">{{ 'datasetSteps.asksPortalUrl' | t }}</p>
            }
          </li>
        }
      </ul>
    }
    <p class="visually-hidden" aria-live="polite">{{ announcement() }}</p>
  `,
  styles: `
    :host {
      display: block;
    }
    .section-title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: 12px 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .steps li {
      max-width: 280px;
    }
    .why,
    .note {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .why {
      color: var(--mat-sys-error);
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetNextSteps {
  readonly dataset = input.required<DatasetDto>();
  /** The dataset after a move: the page reads it (and its history and timeline) again. */
  readonly moved = output<DatasetDto>();
  /** The API refused the move: what the page shows may be out of date. */
  readonly refused = output<void>();

  private readonly mover = inject(DatasetMover);
  protected readonly i18n = inject(I18nService);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly stageLabel = datasetStageLabel;
  protected readonly ruleLabel = datasetRuleLabel;
  protected readonly busy = signal(false);
  protected readonly announcement = signal('');

  protected readonly steps = computed<Step[]>(() => {
    const from = this.dataset().stage;
    return offeredMoves(this.dataset().moves)
      .map((move) => ({ ...move, direction: directionOf(from, move.to) }))
      .sort((a, b) => ORDER.indexOf(a.direction) - ORDER.indexOf(b.direction));
  });

  protected stepLabel(step: Step): TranslationKey {
    if (step.direction === 'back') return 'datasetSteps.moveBack';
    if (step.direction === 'resume') return 'datasetSteps.resume';
    return 'datasetSteps.moveTo';
  }

  protected choose(step: Step): void {
    if (this.busy()) return;
    this.busy.set(true);
    const dataset = this.dataset();
    const subject = {
      id: dataset.id,
      title: dataset.title,
      stage: dataset.stage,
      version: dataset.version,
      portalUrl: dataset.portalUrl,
    };
    this.mover.move(subject, step).subscribe({
      next: (result) => {
        this.busy.set(false);
        if (result.kind === 'moved') {
          this.announcement.set(result.announcement);
          this.moved.emit(result.dataset);
          // The buttons change with the stage: the focus waits at the section's heading.
          this.heading().nativeElement.focus();
        } else if (result.kind === 'refused') {
          this.announcement.set(result.message);
          this.refused.emit();
        }
      },
      error: () => this.busy.set(false),
    });
  }
}

/** Towards the portal, back (a failed check), resumed (from hold or a withdrawal) or aside (on hold, …). */
function directionOf(from: DatasetDto['stage'], to: DatasetDto['stage']): Direction {
  if (isSideStage(to)) return 'aside';
  if (isSideStage(from)) return 'resume';
  return DATASET_PIPELINE.indexOf(to) > DATASET_PIPELINE.indexOf(from) ? 'forward' : 'back';
}
