import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DatasetTransitionDto } from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { datasetStageLabel, transitionViaLabel } from './dataset-labels';

interface HistoryItem {
  id: string;
  at: string;
  change: string;
  who: string;
  reason: string | null;
}

/** The stage history: every move with when, who (or what) made it, and why; newest first. */
@Component({
  selector: 'dl-dataset-history',
  imports: [TranslatePipe],
  template: `
    @if (items().length === 0) {
      <p class="empty">{{ 'datasetHistory.empty' | t }}</p>
    } @else {
      <ol class="history" [attr.aria-label]="'datasetHistory.label' | t">
        @for (item of items(); track item.id) {
          <li>
            <p class="change">{{ item.change }}</p>
            <p class="meta">
              <time [attr.datetime]="item.at">{{ i18n.formatDateTime(item.at) }}</time>
              · {{ item.who }}
            </p>
            @if (item.reason) {
              <p class="reason">{{ 'datasetHistory.reason' | t: { reason: item.reason } }}</p>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .history {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      padding: 8px 0 8px 12px;
      border-inline-start: 3px solid var(--mat-sys-outline-variant);
    }
    li:first-child {
      border-inline-start-color: var(--mat-sys-primary);
    }
    p {
      margin: 0;
    }
    .change {
      font: var(--mat-sys-label-large);
    }
    .meta,
    .empty {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .reason {
      margin-top: 2px;
      font: var(--mat-sys-body-medium);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetHistory {
  readonly transitions = input.required<readonly DatasetTransitionDto[]>();
  protected readonly i18n = inject(I18nService);

  protected readonly items = computed<HistoryItem[]>(() =>
    [...this.transitions()]
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
      .map((transition) => {
        const to = this.i18n.t(datasetStageLabel(transition.to));
        const change = transition.from
          ? this.i18n.t('datasetHistory.change', {
              from: this.i18n.t(datasetStageLabel(transition.from)),
              to,
            })
          : this.i18n.t('datasetHistory.created', { to });
        const via = this.i18n.t(transitionViaLabel(transition.via));
        const who = transition.actorName
          ? this.i18n.t('datasetHistory.by', { name: transition.actorName, via })
          : this.i18n.t('datasetHistory.bySystem', { via });
        return { id: transition.id, at: transition.at, change, who, reason: transition.reason };
      }),
  );
}
