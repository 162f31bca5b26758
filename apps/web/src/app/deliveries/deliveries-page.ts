import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ActivatedRoute, Params, Router, RouterLink } from '@angular/router';
import { DueDeliveryRow, PERMISSIONS } from '@datenlotse/contracts';
import { Subscription, map } from 'rxjs';
import { AppIcons } from '../core/icons';
import { LoadStatus } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { WorkIcons } from '../timeline/work-icons';
import { CalendarFeedCard } from './calendar-feed-card';
import { DeliveriesService } from './deliveries.service';
import {
  DeliveriesView,
  UPCOMING_DAYS,
  deliveriesViewFromParams,
  dueQueryOf,
  paramsFromDeliveriesView,
} from './deliveries-view';
import { DeliveryIcons } from './delivery-icons';
import { datasetStageLabel, dueInWords, formatDay, methodLabel } from './delivery-wording';

/** Rows read at a time; "Weitere laden" reads the next ones. */
const PAGE_SIZE = 50;

const EMPTY_TEXTS = {
  overdue: 'deliveries.emptyOverdue',
  upcoming: 'deliveries.emptyUpcoming',
  all: 'deliveries.emptyAll',
} as const satisfies Record<DeliveriesView['status'], TranslationKey>;

/**
 * "Lieferungen": the agreed deliveries that are due, overdue ones first with how long, then the upcoming ones;
 * which ones (and whether only the user's datasets) is in the URL. A table on wide screens, cards on phones.
 * Beside it the user's calendar feed.
 */
@Component({
  selector: 'dl-deliveries-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatSlideToggleModule,
    TranslatePipe,
    LoadState,
    CalendarFeedCard,
  ],
  templateUrl: './deliveries-page.html',
  styleUrl: './deliveries-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeliveriesPage {
  private readonly service = inject(DeliveriesService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly canFeed = computed(() => this.session.can(PERMISSIONS.calendarFeed));
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly view = computed(() => deliveriesViewFromParams(this.queryParams()), {
    equal: (a, b) => a.status === b.status && a.mine === b.mine,
  });
  protected readonly upcomingDays = UPCOMING_DAYS;

  protected readonly rows = signal<DueDeliveryRow[]>([]);
  protected readonly total = signal(0);
  protected readonly status = signal<LoadStatus>('loading');
  protected readonly emptyText = computed(() => EMPTY_TEXTS[this.view().status]);
  protected readonly methodLabel = methodLabel;
  protected readonly stageLabel = datasetStageLabel;
  private request: Subscription | undefined;

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
    inject(DeliveryIcons);
    effect(() => {
      const view = this.view();
      untracked(() => this.load(view, 0));
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  protected reload(): void {
    this.load(this.view(), 0);
  }

  protected more(): void {
    this.load(this.view(), this.rows().length);
  }

  protected show(status: unknown): void {
    const next = deliveriesViewFromParams({ ...this.queryParams(), status });
    this.navigate({ ...next, mine: this.view().mine });
  }

  protected setMine(mine: boolean): void {
    this.navigate({ ...this.view(), mine });
  }

  protected due(row: DueDeliveryRow): string {
    return dueInWords(this.i18n, row);
  }

  protected day(iso: string): string {
    return formatDay(this.i18n, iso);
  }

  private navigate(view: DeliveriesView): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromDeliveriesView(view),
      queryParamsHandling: 'merge',
    });
  }

  private load(view: DeliveriesView, offset: number): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    if (offset === 0) this.rows.set([]);
    this.request = this.service.due(dueQueryOf(view, PAGE_SIZE, offset)).subscribe({
      next: (page) => {
        this.rows.update((shown) => (offset === 0 ? page.items : [...shown, ...page.items]));
        this.total.set(page.total);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }
}
