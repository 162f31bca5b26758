import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { ActivatedRoute } from '@angular/router';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  InteractionDto,
  PERMISSIONS,
  TIMELINE_FILTERS,
  TimelineEntry,
  TimelineFilter,
} from '@datenlotse/contracts';
import { Subscription } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';
import { AppIcons } from '../core/icons';
import { LoadStatus } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { formDialogConfig } from '../shared/form-dialog';
import { LoadState } from '../shared/load-state';
import { InteractionDialog, InteractionDialogData } from './interaction-dialog';
import { timelineChipLabel } from './interaction-labels';
import { appendPage, interactionEntry, matchesChips, upsertEntry } from './timeline-entries';
import { TimelineItem, timelineItem } from './timeline-item';
import { TimelineService } from './timeline.service';
import { WorkIcons } from './work-icons';

/** Entries per page: enough to fill a screen, small enough to answer fast. */
export const TIMELINE_PAGE_SIZE = 20;

/**
 * A department's timeline: interactions and system events, newest first, filterable by type and continued
 * page by page. Admin and team log interactions right here and edit or delete their own.
 */
@Component({
  selector: 'dl-department-timeline',
  imports: [MatButtonModule, MatChipsModule, MatIconModule, MatMenuModule, TranslatePipe, LoadState],
  templateUrl: './department-timeline.html',
  styleUrl: './department-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentTimeline {
  readonly departmentId = input.required<string>();
  /** An interaction was logged, edited or deleted: the unit's last contact and stage may have moved. */
  readonly changed = output<void>();

  protected readonly i18n = inject(I18nService);
  private readonly timeline = inject(TimelineService);
  private readonly session = inject(SessionService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly filterOptions = TIMELINE_FILTERS;
  protected readonly filterLabel = timelineChipLabel;
  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.interactionsWrite));

  protected readonly filters = signal<TimelineFilter[]>([]);
  private readonly entries = signal<TimelineEntry[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<LoadStatus>('loading');
  protected readonly loadingMore = signal(false);
  /** Read out politely after "Mehr laden". */
  protected readonly announcement = signal('');

  protected readonly items = computed(() =>
    this.entries().map((entry) =>
      timelineItem(entry, this.departmentId(), (key, params) => this.i18n.t(key, params)),
    ),
  );

  /** A search hit points at an interaction with the URL fragment (`#interaction-…`). */
  private readonly fragment = toSignal(inject(ActivatedRoute).fragment, { initialValue: null });
  private request: Subscription | undefined;

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
    effect(() => {
      const departmentId = this.departmentId();
      const filters = this.filters();
      untracked(() => this.loadFirstPage(departmentId, filters));
    });
  }

  protected setFilters(event: MatChipListboxChange): void {
    const value: unknown = event.value;
    this.filters.set(Array.isArray(value) ? TIMELINE_FILTERS.filter((chip) => value.includes(chip)) : []);
  }

  protected reload(): void {
    this.loadFirstPage(this.departmentId(), this.filters());
  }

  /** Reads the first page again without a loading state: the page changed one of the unit's records. */
  refresh(): void {
    this.loadFirstPage(this.departmentId(), this.filters(), { quiet: true });
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.request?.unsubscribe();
    this.request = this.timeline
      .page(this.departmentId(), { cursor, limit: TIMELINE_PAGE_SIZE, types: this.filters() })
      .subscribe({
        next: (page) => {
          const firstNew = this.entries().length;
          this.entries.update((shown) => appendPage(shown, this.matching(page.items)));
          this.nextCursor.set(page.nextCursor);
          this.loadingMore.set(false);
          const count = this.entries().length - firstNew;
          this.announcement.set(
            this.i18n.t(page.nextCursor ? 'timeline.loadedMore' : 'timeline.loadedLast', { count }),
          );
          // Without a "Mehr laden" button left, focus moves on to the first new entry instead of the page top.
          if (!page.nextCursor) this.focusEntry(firstNew);
        },
        error: () => this.loadingMore.set(false),
      });
  }

  /** Only the author edits an entry (an admin any), and only where their role writes interactions. */
  protected canEdit(item: TimelineItem): boolean {
    if (item.entry.kind !== 'interaction' || !this.canWrite()) return false;
    const user = this.session.user();
    return user?.role === 'admin' || item.entry.interaction.createdByUserId === user?.id;
  }

  protected openCreate(): void {
    this.openDialog({ departmentId: this.departmentId() }, 'timeline.created');
  }

  protected openEdit(item: TimelineItem): void {
    if (item.entry.kind !== 'interaction') return;
    this.openDialog(
      { departmentId: this.departmentId(), interaction: item.entry.interaction },
      'timeline.saved',
    );
  }

  protected confirmDelete(item: TimelineItem): void {
    if (item.entry.kind !== 'interaction') return;
    const interaction = item.entry.interaction;
    const data: ConfirmDialogData = {
      title: this.i18n.t('timeline.confirmDeleteTitle'),
      text: this.i18n.t('timeline.confirmDeleteText', {
        type: item.typeLabel,
        date: this.i18n.formatDateTime(item.at),
      }),
      confirm: this.i18n.t('timeline.delete'),
      danger: true,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) this.delete(interaction);
      });
  }

  private delete(interaction: InteractionDto): void {
    this.timeline.delete(interaction.id).subscribe({
      next: () => {
        this.entries.update((shown) =>
          shown.filter((entry) => entry.kind !== 'interaction' || entry.interaction.id !== interaction.id),
        );
        void this.toast.show(this.i18n.t('timeline.deleted'));
        this.changed.emit();
      },
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && (error.status === 404 || error.status === 409))
          this.reload();
      },
    });
  }

  private openDialog(data: InteractionDialogData, savedMessage: 'timeline.created' | 'timeline.saved'): void {
    this.dialog
      .open<InteractionDialog, InteractionDialogData, InteractionDto>(
        InteractionDialog,
        formDialogConfig(data),
      )
      .afterClosed()
      .subscribe((interaction) => {
        if (!interaction) return;
        this.showSaved(interaction);
        void this.toast.show(this.i18n.t(savedMessage));
        this.changed.emit();
      });
  }

  /** A new or edited interaction takes its place in the list at once, without reloading the page. */
  private showSaved(interaction: InteractionDto): void {
    const entry = interactionEntry(interaction);
    const onThisPage = interaction.departments.some((department) => department.id === this.departmentId());
    this.entries.update((shown) => {
      const without = shown.filter((e) => e.kind !== 'interaction' || e.interaction.id !== interaction.id);
      return onThisPage && matchesChips(entry, this.filters()) ? upsertEntry(without, entry) : without;
    });
  }

  private loadFirstPage(
    departmentId: string,
    filters: readonly TimelineFilter[],
    { quiet } = { quiet: false },
  ): void {
    this.request?.unsubscribe();
    if (!quiet || this.status() !== 'ready') this.status.set('loading');
    this.loadingMore.set(false);
    const request = { limit: TIMELINE_PAGE_SIZE, types: [...filters] };
    this.request = this.timeline.page(departmentId, request).subscribe({
      next: (page) => {
        this.entries.set(this.matching(page.items));
        this.nextCursor.set(page.nextCursor);
        this.status.set('ready');
        afterNextRender(() => this.revealFragment(), { injector: this.injector });
      },
      error: () => this.status.set('error'),
    });
  }

  private matching(entries: readonly TimelineEntry[]): TimelineEntry[] {
    return entries.filter((entry) => matchesChips(entry, this.filters()));
  }

  /** Scrolls to the entry the URL points at (when it is on the first page) and puts the focus on it. */
  private revealFragment(): void {
    const fragment = this.fragment();
    if (!fragment?.startsWith('interaction-')) return;
    const entry = this.host.nativeElement.querySelector<HTMLElement>(`#${CSS.escape(fragment)}`);
    entry?.scrollIntoView({ block: 'center' });
    entry?.focus({ preventScroll: true });
  }

  private focusEntry(index: number): void {
    setTimeout(() => {
      const entries = this.host.nativeElement.querySelectorAll<HTMLElement>('.entry');
      entries.item(index)?.focus();
    });
  }
}
