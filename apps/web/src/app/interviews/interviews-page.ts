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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Params, Router, RouterLink } from '@angular/router';
import { InterviewSummaryDto, PERMISSIONS } from '@datenlotse/contracts';
import { Subscription, map } from 'rxjs';
import { AppIcons } from '../core/icons';
import { DepartmentsService } from '../core/departments.service';
import { LoadStatus, loadable } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { buildDepartmentTree, flattenDepartmentTree } from '../shared/department-tree';
import { LoadState } from '../shared/load-state';
import { InterviewActions } from './interview-actions';
import { InterviewIcons } from './interview-icons';
import { InterviewStatusChip } from './interview-status-chip';
import { interviewWhen, namesOf, questionnaireOf } from './interview-wording';
import { InterviewsService } from './interviews.service';
import {
  InterviewFilter,
  InterviewsView,
  interviewQueryOf,
  interviewsViewFromParams,
  paramsFromInterviewsView,
} from './interviews-view';

/** Rows read at a time; "Weitere laden" reads the next ones. */
const PAGE_SIZE = 50;

/** What an empty list says, for those who plan interviews and for those who only read them. */
const EMPTY_TEXTS: Readonly<Record<InterviewFilter, { writer: TranslationKey; reader: TranslationKey }>> = {
  planned: { writer: 'interviews.emptyPlanned', reader: 'interviews.emptyPlannedReader' },
  completed: { writer: 'interviews.emptyCompleted', reader: 'interviews.emptyCompletedReader' },
  cancelled: { writer: 'interviews.emptyCancelled', reader: 'interviews.emptyCancelled' },
  all: { writer: 'interviews.emptyAll', reader: 'interviews.emptyAllReader' },
};

/**
 * "Interviews": the planned ones first by default, or the completed, cancelled or all of them, for every unit
 * or one (both in the URL). A table on wide screens, cards on phones. The team plans new ones from here.
 */
@Component({
  selector: 'dl-interviews-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslatePipe,
    LoadState,
    InterviewStatusChip,
  ],
  templateUrl: './interviews-page.html',
  styleUrl: './interviews-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InterviewsPage {
  private readonly service = inject(InterviewsService);
  private readonly actions = inject(InterviewActions);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.interviewsWrite));
  protected readonly canAnalyse = computed(() => this.session.can(PERMISSIONS.interviewAnalysisRead));
  protected readonly canQuestionnaires = computed(() => this.session.can(PERMISSIONS.questionnairesRead));
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  private readonly departmentsService = inject(DepartmentsService);
  private readonly departments = loadable(() => this.departmentsService.list());
  protected readonly departmentOptions = computed(() =>
    flattenDepartmentTree(buildDepartmentTree(this.departments.value() ?? [])),
  );

  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly view = computed(() => interviewsViewFromParams(this.queryParams()), {
    equal: (a, b) => a.filter === b.filter && a.departmentId === b.departmentId,
  });

  protected readonly rows = signal<InterviewSummaryDto[]>([]);
  protected readonly total = signal(0);
  protected readonly status = signal<LoadStatus>('loading');
  protected readonly emptyText = computed(() => {
    const texts = EMPTY_TEXTS[this.view().filter];
    return this.canWrite() ? texts.writer : texts.reader;
  });
  private request: Subscription | undefined;

  constructor() {
    inject(AppIcons);
    inject(InterviewIcons);
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

  protected show(filter: unknown): void {
    const next = interviewsViewFromParams({ status: filter });
    this.navigate({ ...this.view(), filter: next.filter });
  }

  protected showDepartment(departmentId: string): void {
    this.navigate({ ...this.view(), departmentId: departmentId || null });
  }

  protected plan(): void {
    this.actions.plan({ departmentId: this.view().departmentId ?? undefined }).subscribe(() => this.reload());
  }

  protected when(row: InterviewSummaryDto): string {
    return interviewWhen(this.i18n, row);
  }

  protected names(people: InterviewSummaryDto['interviewers']): string {
    return namesOf(this.i18n, people);
  }

  protected questionnaire(row: InterviewSummaryDto): string {
    return questionnaireOf(this.i18n, row);
  }

  private navigate(view: InterviewsView): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromInterviewsView(view),
      queryParamsHandling: 'merge',
    });
  }

  private load(view: InterviewsView, offset: number): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    if (offset === 0) this.rows.set([]);
    this.request = this.service.list(interviewQueryOf(view, PAGE_SIZE, offset)).subscribe({
      next: (page) => {
        this.rows.update((shown) => (offset === 0 ? page.items : [...shown, ...page.items]));
        this.total.set(page.total);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }
}
