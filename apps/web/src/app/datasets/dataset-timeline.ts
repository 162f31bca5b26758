import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TimelineEntry } from '@datenlotse/contracts';
import { AppIcons } from '../core/icons';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TimelineItem, timelineItem } from '../timeline/timeline-item';
import { WorkIcons } from '../timeline/work-icons';
import { describeDatasetEvent } from './dataset-event-wording';

/**
 * The dataset's timeline: interactions about it and the events of its records (moves, edits, objections,
 * deliveries), newest first, shown the way the department's timeline shows them.
 */
@Component({
  selector: 'dl-dataset-timeline',
  imports: [MatIconModule, TranslatePipe],
  template: `
    @if (items().length === 0) {
      <p class="empty">{{ 'timeline.emptyReadOnly' | t }}</p>
    } @else {
      <ol class="entries" [attr.aria-label]="'timeline.label' | t">
        @for (item of items(); track item.key) {
          <li class="entry" [class.event]="item.isEvent">
            <span class="icon" aria-hidden="true"><mat-icon [svgIcon]="item.icon" /></span>
            <div class="body">
              <p class="heading">
                <span class="type">{{ item.typeLabel }}</span>
                <time [attr.datetime]="item.at">{{ i18n.formatDateTime(item.at) }}</time>
              </p>
              <p class="text">{{ item.text }}</p>
              @for (line of item.participants; track $index) {
                <p class="participants">{{ line }}</p>
              }
            </div>
          </li>
        }
      </ol>
    }
  `,
  styleUrl: '../timeline/department-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetTimeline {
  readonly entries = input.required<readonly TimelineEntry[]>();
  /** The dataset's department: not repeated among an interaction's participants. */
  readonly departmentId = input.required<string>();

  protected readonly i18n = inject(I18nService);

  protected readonly items = computed<TimelineItem[]>(() => {
    const t = this.i18n.t.bind(this.i18n);
    return [...this.entries()]
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
      .map((entry) => {
        const item = timelineItem(entry, this.departmentId(), t);
        return entry.kind === 'event' ? { ...item, text: describeDatasetEvent(entry.event, t) } : item;
      });
  });

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
  }
}
