import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Params, Router, RouterLink } from '@angular/router';
import {
  DEPARTMENT_TABLE_SORTS,
  DepartmentDto,
  DepartmentRowDto,
  DepartmentTableSort,
  ENGAGEMENT_STAGES,
  EngagementStage,
  Page,
  SortOrder,
} from '@datenlotse/contracts';
import { EMPTY, Subject, catchError, debounceTime, map, merge, switchMap } from 'rxjs';
import { DepartmentsService, ExportFormat } from '../core/departments.service';
import { LoadStatus } from '../core/loadable';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { relativeDay, stageLabel } from './crm-labels';
import {
  DepartmentTableFilters,
  DepartmentTableView,
  NO_CONTACT_DAYS,
  TABLE_PAGE_SIZE,
  TABLE_PARAM_KEYS,
  activeFilterCount,
  paramsFromTableView,
  tableQueryOf,
  tableViewFromParams,
} from './department-table-query';
import { CrmIcons } from './crm-icons';
import { I18nPaginatorIntl } from './paginator-intl';
import { StageChip } from './stage-chip';
import { TeamMembersService } from './team-members.service';

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

const SORT_LABELS: Readonly<Record<DepartmentTableSort, TranslationKey>> = {
  name: 'deptTable.colName',
  stage: 'deptTable.colStage',
  owner: 'deptTable.colOwner',
  dezernat: 'deptTable.colDezernat',
  lastContactAt: 'deptTable.colLastContact',
};

const sameView = (a: DepartmentTableView, b: DepartmentTableView) =>
  JSON.stringify(paramsFromTableView(a)) === JSON.stringify(paramsFromTableView(b));

/**
 * The departments as a filterable, sortable, paged table (a list of cards on phones). The whole view lives in
 * the URL's query parameters, so it can be bookmarked and shared; the export downloads the same view.
 */
@Component({
  selector: 'dl-department-table',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    TranslatePipe,
    LoadState,
    StageChip,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: I18nPaginatorIntl }],
  templateUrl: './department-table.html',
  styleUrl: './department-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentTable {
  /** All units the user may see: the Dezernat and tag choices come from them. */
  readonly departments = input<readonly DepartmentDto[]>([]);

  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly departmentsService = inject(DepartmentsService);
  protected readonly i18n = inject(I18nService);

  protected readonly stages = ENGAGEMENT_STAGES;
  protected readonly stageLabel = stageLabel;
  protected readonly noContactChoices = NO_CONTACT_DAYS;
  protected readonly pageSize = TABLE_PAGE_SIZE;
  protected readonly columns = ['name', 'dezernat', 'stage', 'owner', 'lastContactAt', 'contacts', 'tasks'];
  protected readonly sortChoices = DEPARTMENT_TABLE_SORTS.flatMap((sort) =>
    (['asc', 'desc'] as const).map((order) => ({
      value: `${sort}:${order}`,
      label: this.i18n.t(order === 'asc' ? 'deptTable.sortAsc' : 'deptTable.sortDesc', {
        field: this.i18n.t(SORT_LABELS[sort]),
      }),
    })),
  );

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
  protected readonly view = computed(() => tableViewFromParams(this.queryParams()), { equal: sameView });
  protected readonly filterCount = computed(() => activeFilterCount(this.view().filters));

  protected readonly status = signal<LoadStatus>('loading');
  protected readonly page = signal<Page<DepartmentRowDto> | undefined>(undefined);
  private readonly reloads = new Subject<void>();

  protected readonly teamMembers = toSignal(
    inject(TeamMembersService)
      .list()
      .pipe(catchError(() => EMPTY)),
    {
      initialValue: [],
    },
  );
  protected readonly dezernate = computed(() =>
    this.departments()
      .filter((department) => department.kind === 'dezernat')
      .sort((a, b) => collator.compare(a.shortName ?? a.name, b.shortName ?? b.name)),
  );
  private readonly shortNames = computed(
    () => new Map(this.departments().map((department) => [department.id, department.shortName])),
  );
  protected readonly tags = computed(() =>
    [...new Set(this.departments().flatMap((department) => department.tags))].sort(collator.compare),
  );

  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    q: '',
    stage: '' as EngagementStage | '',
    owner: '',
    dezernatId: '',
    tag: '',
    noContactDays: 0,
    includeArchived: false,
  });

  constructor() {
    inject(CrmIcons);
    merge(toObservable(this.view), this.reloads.pipe(map(() => this.view())))
      .pipe(
        switchMap((view) => {
          this.status.set('loading');
          return this.departmentsService.table(tableQueryOf(view)).pipe(
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

    effect(() => this.showFilters(this.view().filters));
    this.filterForm.valueChanges
      .pipe(debounceTime(250), takeUntilDestroyed())
      .subscribe(() => this.applyFilters());
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected toggleFilters(): void {
    this.filtersToggled.set(!this.filtersOpen());
  }

  protected resetFilters(): void {
    this.navigate({ filters: {}, sort: this.view().sort, order: this.view().order, page: 1 }, true);
  }

  protected sortChanged(sort: Sort): void {
    const field = DEPARTMENT_TABLE_SORTS.find((candidate) => candidate === sort.active);
    const order: SortOrder = sort.direction === 'desc' ? 'desc' : 'asc';
    const isDefault = !field || (field === 'name' && order === 'asc');
    this.navigate({
      filters: this.view().filters,
      sort: isDefault ? undefined : field,
      order: isDefault ? undefined : order,
      page: 1,
    });
  }

  /** The phone's sort select: "field:order". */
  protected sortSelected(value: string): void {
    const [active, direction] = value.split(':');
    this.sortChanged({ active, direction: direction === 'desc' ? 'desc' : 'asc' });
  }

  protected pageChanged(event: PageEvent): void {
    this.navigate({ ...this.view(), page: event.pageIndex + 1 });
  }

  protected exportUrl(format: ExportFormat): string {
    return this.departmentsService.exportUrl(tableQueryOf(this.view()), format);
  }

  /** "Dezernat 2" rather than the Dezernat's full name, where it has a short one (keeps the table narrow). */
  protected dezernatLabel(row: DepartmentRowDto): string {
    return (row.dezernatId && this.shortNames().get(row.dezernatId)) || row.dezernatName || '';
  }

  protected lastContact(row: DepartmentRowDto): string {
    return relativeDay(row.lastContactAt, this.i18n.locale()) || this.i18n.t('deptTable.never');
  }

  /** "1 Kontakt · 3 offene Aufgaben" on a phone's card. */
  protected counts(row: DepartmentRowDto): string {
    const contacts = row.contactCount === 1 ? 'deptTable.oneContact' : 'deptTable.contactsShort';
    const tasks = row.openTaskCount === 1 ? 'deptTable.oneTask' : 'deptTable.tasksShort';
    return [
      this.i18n.t(contacts, { count: row.contactCount }),
      this.i18n.t(tasks, { count: row.openTaskCount }),
    ].join(' · ');
  }

  /** The view's filters into the form, leaving alone what the user is typing (" Amt" vs "Amt"). */
  private showFilters(filters: DepartmentTableFilters): void {
    const form = this.formFilters();
    const controls = this.filterForm.controls;
    if ((form.q ?? '') !== (filters.q ?? '')) controls.q.setValue(filters.q ?? '', { emitEvent: false });
    controls.stage.setValue(filters.stage ?? '', { emitEvent: false });
    controls.owner.setValue(filters.owner ?? '', { emitEvent: false });
    controls.dezernatId.setValue(filters.dezernatId ?? '', { emitEvent: false });
    controls.tag.setValue(filters.tag ?? '', { emitEvent: false });
    controls.noContactDays.setValue(filters.noContactDays ?? 0, { emitEvent: false });
    controls.includeArchived.setValue(filters.includeArchived ?? false, { emitEvent: false });
  }

  private formFilters(): DepartmentTableFilters {
    const value = this.filterForm.getRawValue();
    return {
      q: value.q.trim() || undefined,
      stage: value.stage || undefined,
      owner: value.owner || undefined,
      dezernatId: value.dezernatId || undefined,
      tag: value.tag || undefined,
      kind: this.view().filters.kind,
      noContactDays: value.noContactDays || undefined,
      includeArchived: value.includeArchived || undefined,
    };
  }

  private applyFilters(): void {
    const next: DepartmentTableView = { ...this.view(), filters: this.formFilters(), page: 1 };
    if (!sameView(next, this.view())) this.navigate(next, true);
  }

  /** Puts a view into the URL, keeping the parameters that are not the table's (e.g. `view=table`). */
  private navigate(view: DepartmentTableView, replaceUrl = false): void {
    const others = Object.fromEntries(
      Object.entries(this.queryParams()).filter(([key]) => !TABLE_PARAM_KEYS.includes(key)),
    );
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...others, ...paramsFromTableView(view) },
      replaceUrl,
    });
  }
}
