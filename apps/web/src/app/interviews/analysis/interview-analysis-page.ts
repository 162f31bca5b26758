import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Params, Router } from '@angular/router';
import { InterviewAnalysisDto, QuestionAnalysis } from '@datenlotse/contracts';
import { EMPTY, Subject, catchError, debounceTime, map, merge, switchMap } from 'rxjs';
import { DepartmentsService } from '../../core/departments.service';
import { LoadStatus, loadable } from '../../core/loadable';
import { I18nService } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { buildDepartmentTree, flattenDepartmentTree } from '../../shared/department-tree';
import { LoadState } from '../../shared/load-state';
import { fromIsoDate, provideLocalizedDates, toIsoDate } from '../../tasks/localized-date-adapter';
import { InterviewsService } from '../interviews.service';
import { AnalysisBars } from './analysis-bars';
import {
  ANALYSIS_PARAM_KEYS,
  AnalysisFilters,
  analysisFiltersFromParams,
  analysisQueryOf,
  paramsFromAnalysisFilters,
  sameAnalysisFilters,
} from './analysis-query';
import { AnalysisTexts } from './analysis-texts';

/** The questions of one part of the questionnaire, numbered in the order the parts come. */
interface AnalysisPart {
  key: string;
  number: number;
  questions: QuestionAnalysis[];
}

/** A valid day from the date field, null for an empty or half-typed one. */
function dayOf(value: Date | null): string | undefined {
  return value && !Number.isNaN(value.getTime()) ? toIsoDate(value) : undefined;
}

/**
 * "Auswertung der Interviews": the answers of all completed interviews, question by question and part by part
 * — bars for what was chosen, the words for what was said, the recurring Fachverfahren and the data asked
 * for. Filtered by a Dezernat (or any unit) and a period, both kept in the URL.
 */
@Component({
  selector: 'dl-interview-analysis-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LoadState,
    AnalysisBars,
    AnalysisTexts,
  ],
  providers: [provideLocalizedDates()],
  templateUrl: './interview-analysis-page.html',
  styleUrl: './interview-analysis-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InterviewAnalysisPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly interviews = inject(InterviewsService);
  protected readonly i18n = inject(I18nService);

  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly filters = computed(() => analysisFiltersFromParams(this.queryParams()), {
    equal: sameAnalysisFilters,
  });
  protected readonly filtered = computed(() => Object.keys(this.filters()).length > 0);

  private readonly departmentsService = inject(DepartmentsService);
  protected readonly departments = loadable(() => this.departmentsService.list());
  /** Dezernate with their Ämter below them: any unit narrows to itself and what lies under it. */
  protected readonly units = computed(() =>
    flattenDepartmentTree(buildDepartmentTree(this.departments.value() ?? [])),
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    dezernatId: '',
    from: null as Date | null,
    to: null as Date | null,
  });

  protected readonly status = signal<LoadStatus>('loading');
  private readonly reloads = new Subject<void>();
  protected readonly analysis = signal<InterviewAnalysisDto | undefined>(undefined);
  protected readonly parts = computed<AnalysisPart[]>(() => {
    const parts: AnalysisPart[] = [];
    for (const question of this.analysis()?.questions ?? []) {
      let part = parts.find((candidate) => candidate.key === question.sectionKey);
      if (!part) {
        part = { key: question.sectionKey, number: parts.length + 1, questions: [] };
        parts.push(part);
      }
      part.questions.push(question);
    }
    return parts;
  });

  constructor() {
    effect(() => this.show(this.filters()));
    this.form.valueChanges.pipe(debounceTime(300), takeUntilDestroyed()).subscribe(() => {
      const next = this.formFilters();
      if (!sameAnalysisFilters(next, this.filters())) this.navigate(next);
    });
    merge(toObservable(this.filters), this.reloads.pipe(map(() => this.filters())))
      .pipe(
        switchMap((filters) => {
          this.status.set('loading');
          return this.interviews.analysis(analysisQueryOf(filters)).pipe(
            catchError(() => {
              this.status.set('error');
              return EMPTY;
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((analysis) => {
        this.analysis.set(analysis);
        this.status.set('ready');
      });
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected reset(): void {
    this.navigate({ templateId: this.filters().templateId });
  }

  protected questionText(question: QuestionAnalysis): string {
    return question.text[this.i18n.locale()] || question.text.de;
  }

  /** The filters into the form, without echoing them back to the URL. */
  private show(filters: AnalysisFilters): void {
    const controls = this.form.controls;
    controls.dezernatId.setValue(filters.dezernatId ?? '', { emitEvent: false });
    // A half-typed date stays in its field until it is a day (or empty).
    if (dayOf(controls.from.value) !== filters.from) {
      controls.from.setValue(fromIsoDate(filters.from ?? null), { emitEvent: false });
    }
    if (dayOf(controls.to.value) !== filters.to) {
      controls.to.setValue(fromIsoDate(filters.to ?? null), { emitEvent: false });
    }
  }

  private formFilters(): AnalysisFilters {
    const value = this.form.getRawValue();
    return paramsFromAnalysisFilters({
      dezernatId: value.dezernatId || undefined,
      from: dayOf(value.from),
      to: dayOf(value.to),
      templateId: this.filters().templateId,
    });
  }

  /** Puts the filters into the URL, keeping parameters that are not the analysis'. */
  private navigate(filters: AnalysisFilters): void {
    const others = Object.fromEntries(
      Object.entries(this.queryParams()).filter(
        ([key]) => !(ANALYSIS_PARAM_KEYS as readonly string[]).includes(key),
      ),
    );
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...others, ...paramsFromAnalysisFilters(filters) },
      replaceUrl: true,
    });
  }
}
