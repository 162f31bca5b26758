import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TimelineEntry } from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { appendPage } from './timeline-entries';
import { TimelineService } from './timeline.service';

/** A department's timeline: interactions and system events, newest first. */
@Component({
  selector: 'dl-department-timeline',
  imports: [TranslatePipe],
  template: `
    <ol class="entries">
      @for (entry of entries(); track $index) {
        <li>
          <time [attr.datetime]="entry.at">{{ i18n.formatDateTime(entry.at) }}</time>
          @if (entry.kind === 'interaction') {
            {{ entry.interaction.summary }}
          } @else {
            {{ entry.event.entity }} {{ entry.event.action }}
          }
        </li>
      }
    </ol>
    @if (nextCursor()) {
      <button type="button" (click)="loadMore()">{{ 'timeline.more' | t }}</button>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentTimeline {
  readonly departmentId = input.required<string>();
  protected readonly i18n = inject(I18nService);
  private readonly timeline = inject(TimelineService);
  protected readonly entries = signal<TimelineEntry[]>([]);
  protected readonly nextCursor = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.departmentId();
      this.timeline.page(id).subscribe((page) => {
        this.entries.set(page.items);
        this.nextCursor.set(page.nextCursor);
      });
    });
  }

  protected loadMore(): void {
    this.timeline.page(this.departmentId(), { cursor: this.nextCursor() }).subscribe((page) => {
      this.entries.update((shown) => appendPage(shown, page.items));
      this.nextCursor.set(page.nextCursor);
    });
  }
}
