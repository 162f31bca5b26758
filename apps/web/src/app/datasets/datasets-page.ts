import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { ActivatedRoute, Params, Router } from '@angular/router';
import { DatasetPage, PERMISSIONS } from '@datenlotse/contracts';
import { EMPTY, Subject, catchError, filter, map, merge, switchMap } from 'rxjs';
import { DepartmentsService } from '../core/departments.service';
import { LoadStatus, loadable } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TeamMembersService } from '../organisation/team-members.service';
import { formDialogConfig } from '../shared/form-dialog';
import { LoadState } from '../shared/load-state';
import { DatasetBoard } from './dataset-board';
import { DatasetCreateDialog, DatasetCreateDialogData } from './dataset-create-dialog';
import { DatasetFilterBar } from './dataset-filters';
import {
  DatasetFilters,
  DatasetListView,
  DatasetView,
  activeFilterCount,
  datasetQueryOf,
  datasetViewFromParams,
  paramsFromDatasetView,
  sameDatasetView,
} from './dataset-list-query';
import { DatasetSortChange, DatasetTable } from './dataset-table';
import { DatasetsService } from './datasets.service';
import { PipelineIcons } from './pipeline-icons';

/** The query parameters that belong to the list (the rest of the URL is left alone). */
const LIST_PARAM_KEYS: readonly string[] = [
  'view',
  'q',
  'stages',
  'departmentId',
  'dezernatId',
  'owner',
  'objections',
  'overdue',
  'modelDataset',
  'sort',
  'order',
  'page',
];

/**
 * "Datensätze": every dataset of the pipeline as a filterable, sortable table or as a kanban board
 * (`?view=board`). The whole view lives in the URL, so it can be bookmarked and shared.
 */
@Component({
  selector: 'dl-datasets-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    TranslatePipe,
    LoadState,
    DatasetFilterBar,
    DatasetTable,
    DatasetBoard,
  ],
  templateUrl: './datasets-page.html',
  styleUrl: './datasets-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetsPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly datasets = inject(DatasetsService);
  private readonly departmentsService = inject(DepartmentsService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.datasetsWrite));
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 899.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  private readonly filtersToggled = signal<boolean | null>(null);
  /** Phones show the filters on demand; wide screens always. */
  protected readonly filtersOpen = computed(() => !this.narrow() || (this.filtersToggled() ?? false));

  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly view = computed(() => datasetViewFromParams(this.queryParams()), {
    equal: sameDatasetView,
  });
  protected readonly filterCount = computed(() => activeFilterCount(this.view().filters));

  protected readonly departments = loadable(() => this.departmentsService.list());
  protected readonly teamMembers = toSignal(
    inject(TeamMembersService)
      .list()
      .pipe(catchError(() => EMPTY)),
    { initialValue: [] },
  );

  protected readonly status = signal<LoadStatus>('loading');
  protected readonly page = signal<DatasetPage | undefined>(undefined);
  private readonly reloads = new Subject<void>();

  constructor() {
    inject(PipelineIcons);
    // Only the table reads pages; the board loads its columns itself.
    merge(toObservable(this.view), this.reloads.pipe(map(() => this.view())))
      .pipe(
        filter((view) => view.view === 'table'),
        switchMap((view) => {
          this.status.set('loading');
          return this.datasets.list(datasetQueryOf(view)).pipe(
            catchError(() => {
              this.status.set('error');
              return EMPTY;
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.page.set(page);
        this.status.set('ready');
      });
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected toggleFilters(): void {
    this.filtersToggled.set(!this.filtersOpen());
  }

  protected showView(view: DatasetView): void {
    this.navigate({ ...this.view(), view, page: 1 });
  }

  protected filtersChanged(filters: DatasetFilters): void {
    this.navigate({ ...this.view(), filters, page: 1 }, true);
  }

  protected resetFilters(): void {
    this.navigate({ ...this.view(), filters: {}, page: 1 }, true);
  }

  protected sortChanged(change: DatasetSortChange): void {
    this.navigate({ ...this.view(), sort: change.sort, order: change.order, page: 1 });
  }

  protected pageChanged(page: number): void {
    this.navigate({ ...this.view(), page });
  }

  protected openCreate(): void {
    const departmentId = this.view().filters.departmentId;
    this.dialog
      .open<DatasetCreateDialog, DatasetCreateDialogData>(
        DatasetCreateDialog,
        formDialogConfig({ departments: this.departments.value() ?? [], departmentId }),
      )
      .afterClosed()
      .subscribe((dataset) => {
        if (!dataset) return;
        void this.toast.show(this.i18n.t('datasets.created', { title: dataset.title }));
        void this.router.navigate(['/datasets', dataset.id]);
      });
  }

  /** Puts a view into the URL, keeping the parameters that are not the list's. */
  private navigate(view: DatasetListView, replaceUrl = false): void {
    const others = Object.fromEntries(
      Object.entries(this.queryParams()).filter(([key]) => !LIST_PARAM_KEYS.includes(key)),
    );
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...others, ...paramsFromDatasetView(view) },
      replaceUrl,
    });
  }
}
