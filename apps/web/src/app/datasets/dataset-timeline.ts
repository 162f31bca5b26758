import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TimelineEntry } from '@datenlotse/contracts';
import { Subscription } from 'rxjs';
import { AppIcons } from '../core/icons';
import { LoadStatus } from '../core/loadable';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { appendPage } from '../timeline/timeline-entries';
import { TimelineItem, timelineItem } from '../timeline/timeline-item';
import { WorkIcons } from '../timeline/work-icons';
import { describeDatasetEvent } from './dataset-event-wording';
import { DatasetsService } from './datasets.service';

/** Entries per page, as on the department's timeline. */
export const DATASET_TIMELINE_PAGE_SIZE = 20;

/**
 * The dataset's timeline: interactions about it and the events of its records (moves, edits, objections,
 * deliveries), newest first and continued page by page, shown the way the department's timeline shows them.
 */
@Component({
  selector: 'dl-dataset-timeline',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LoadState],
  template: `
    <dl-load-state [status]="status()" (retry)="reload()" />
    @if (status() === 'ready') {
      @if (items().length === 0) {
        <p class="empty">{{ 'timeline.emptyReadOnly' | t }}</p>
      } @else {
        <ol class="entries" [attr.aria-label]="'timeline.label' | t">
          @for (item of items(); track item.key) {
            <li class="entry" [class.event]="item.isEvent" tabindex="-1">
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
      @if (nextCursor()) {
        <button mat-stroked-button type="button" class="more" [disabled]="loadingMore()" (click)="loadMore()">
          {{ 'timeline.more' | t }}
        </button>
      } @else if (items().length > 0) {
        <p class="end">{{ 'timeline.end' | t }}</p>
      }
    }
    <p class="visually-hidden" aria-live="polite">{{ announcement() }}</p>
  `,
  styleUrl: '../timeline/department-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetTimeline {
  readonly datasetId = input.required<string>();
  /** The dataset's department: not repeated among an interaction's participants. */
  readonly departmentId = input.required<string>();

  private readonly datasets = inject(DatasetsService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18nService);

  private readonly entries = signal<TimelineEntry[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<LoadStatus>('loading');
  protected readonly loadingMore = signal(false);
  protected readonly announcement = signal('');
  private request: Subscription | undefined;

  protected readonly items = computed<TimelineItem[]>(() => {
    const t = this.i18n.t.bind(this.i18n);
    return this.entries().map((entry) => {
      const item = timelineItem(entry, this.departmentId(), t);
      return entry.kind === 'event' ? { ...item, text: describeDatasetEvent(entry.event, t) } : item;
    });
  });

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
    effect(() => {
      const datasetId = this.datasetId();
      untracked(() => this.loadFirstPage(datasetId, false));
    });
  }

  /** Reads the first page again without a loading state: the page changed the dataset or its records. */
  refresh(): void {
    this.loadFirstPage(this.datasetId(), true);
  }

  protected reload(): void {
    this.loadFirstPage(this.datasetId(), false);
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.request?.unsubscribe();
    this.request = this.datasets
      .timeline(this.datasetId(), { cursor, limit: DATASET_TIMELINE_PAGE_SIZE })
      .subscribe({
        next: (page) => {
          const firstNew = this.entries().length;
          this.entries.update((shown) => appendPage(shown, page.items));
          this.nextCursor.set(page.nextCursor);
          this.loadingMore.set(false);
          const count = this.entries().length - firstNew;
          this.announcement.set(
            this.i18n.t(page.nextCursor ? 'timeline.loadedMore' : 'timeline.loadedLast', { count }),
          );
          // Without a "Mehr laden" button left, focus moves on to the first new entry.
          if (!page.nextCursor) this.focusEntry(firstNew);
        },
        error: () => this.loadingMore.set(false),
      });
  }

  private loadFirstPage(datasetId: string, quiet: boolean): void {
    this.request?.unsubscribe();
    if (!quiet || this.status() !== 'ready') this.status.set('loading');
    this.loadingMore.set(false);
    this.request = this.datasets.timeline(datasetId, { limit: DATASET_TIMELINE_PAGE_SIZE }).subscribe({
      next: (page) => {
        this.entries.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }

  private focusEntry(index: number): void {
    afterNextRender(
      () => this.host.nativeElement.querySelectorAll<HTMLElement>('.entry').item(index)?.focus(),
      { injector: this.injector },
    );
  }
}
