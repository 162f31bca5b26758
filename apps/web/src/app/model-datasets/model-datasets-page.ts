import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Params, Router, RouterLink } from '@angular/router';
import {
  DatasetDto,
  MODEL_DATASET_ATTRIBUTION,
  MODEL_DATASET_COVERAGE,
  ModelDatasetCoverage,
  ModelDatasetGapRow,
  PERMISSIONS,
} from '@datenlotse/contracts';
import { catchError, debounceTime, map, of } from 'rxjs';
import { AppIcons } from '../core/icons';
import { loadableFor } from '../core/loadable-for';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { datasetStageLabel } from '../datasets/dataset-labels';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { formDialogConfig } from '../shared/form-dialog';
import { LoadState } from '../shared/load-state';
import { CandidateDialog, CandidateDialogData } from './candidate-dialog';
import { modelDatasetLabel, modelDatasetTheme } from './evidence';
import { EvidenceDialog, EvidenceDialogData } from './evidence-dialog';
import {
  GapListView,
  gapListQueryOf,
  gapListViewFromParams,
  isFiltered,
  paramsFromGapListView,
  sameGapListView,
} from './gap-list-query';
import { shortDescription } from './gap-list-rows';
import { ModelDatasetsService } from './model-datasets.service';

/**
 * "Musterdaten": the Musterdatenkatalog's model datasets by Thema, how many municipalities publish each, and
 * whether the city has a dataset for it (at which stage), or a gap the team can turn into a candidate.
 * The filters live in the URL, so a view ("our gaps in Sicherheit") can be shared.
 */
@Component({
  selector: 'dl-model-datasets-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LoadState,
  ],
  templateUrl: './model-datasets-page.html',
  styleUrl: './model-datasets-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModelDatasetsPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly service = inject(ModelDatasetsService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly canCreate = computed(() => this.session.can(PERMISSIONS.datasetsWrite));
  protected readonly coverages = MODEL_DATASET_COVERAGE;
  protected readonly stageLabel = datasetStageLabel;
  protected readonly shortDescription = shortDescription;
  /** Shown while the list loads, and where the API's own line is missing. */
  private readonly defaultAttribution = MODEL_DATASET_ATTRIBUTION;

  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly view = computed(() => gapListViewFromParams(this.queryParams()), {
    equal: sameGapListView,
  });
  protected readonly filtered = computed(() => isFiltered(this.view()));
  protected readonly gapList = loadableFor(this.view, (view) => this.service.gapList(gapListQueryOf(view)));

  /** Every Thema for the select, whatever the filter (a filtered list holds only the matching ones). */
  private readonly allThemes = toSignal(
    this.service.gapList({}).pipe(
      map((list) => list.themes.map(({ theme, themeEn }) => ({ theme, themeEn }))),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  protected readonly themeOptions = computed(() =>
    this.allThemes().map((row) => ({ value: row.theme, label: modelDatasetTheme(row, this.i18n.locale()) })),
  );
  protected readonly shown = computed(
    () => this.gapList.value()?.themes.reduce((sum, theme) => sum + theme.rows.length, 0) ?? 0,
  );
  protected readonly attribution = computed(
    () => this.gapList.value()?.attribution ?? this.defaultAttribution,
  );

  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    theme: '',
    q: '',
    coverage: 'all' as ModelDatasetCoverage,
  });

  constructor() {
    inject(AppIcons);
    effect(() => this.showFilters(this.view()));
    // Selects apply at once; typing waits for a pause (the URL is not rewritten on every key).
    this.filterForm.controls.theme.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.applyFilters());
    this.filterForm.controls.coverage.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.applyFilters());
    this.filterForm.controls.q.valueChanges
      .pipe(debounceTime(250), takeUntilDestroyed())
      .subscribe(() => this.applyFilters());
  }

  protected label(row: ModelDatasetGapRow): string {
    return modelDatasetLabel(row, this.i18n.locale());
  }

  protected themeLabel(group: { theme: string; themeEn: string | null }): string {
    return modelDatasetTheme(group, this.i18n.locale());
  }

  protected coverageLabel(coverage: ModelDatasetCoverage) {
    return `modelDatasets.coverage.${coverage}` as const;
  }

  protected publishersLabel(row: ModelDatasetGapRow): string {
    if (row.publisherCount === 0) return this.i18n.t('modelDatasets.publishersNone');
    return this.i18n.t('modelDatasets.publishers', { count: row.publisherCount });
  }

  protected themeCount(count: number): string {
    return this.i18n.t('modelDatasets.themeCount', { count });
  }

  protected resetFilters(): void {
    this.navigate({ coverage: 'all' });
  }

  protected openEvidence(row: ModelDatasetGapRow): void {
    this.dialog.open<EvidenceDialog, EvidenceDialogData>(EvidenceDialog, {
      data: { modelDataset: row },
      width: '640px',
      maxWidth: 'calc(100vw - 24px)',
    });
  }

  protected openCandidate(row: ModelDatasetGapRow): void {
    this.dialog
      .open<CandidateDialog, CandidateDialogData, DatasetDto>(
        CandidateDialog,
        formDialogConfig({ modelDataset: row }),
      )
      .afterClosed()
      .subscribe((dataset) => {
        if (!dataset) return;
        void this.toast.show(this.i18n.t('modelDatasets.candidateCreated', { title: dataset.title }));
        void this.router.navigate(['/datasets', dataset.id]);
      });
  }

  /** The view's filters into the form, leaving alone what the user is typing (" Sirene" vs "Sirene"). */
  private showFilters(view: GapListView): void {
    const controls = this.filterForm.controls;
    controls.theme.setValue(view.theme ?? '', { emitEvent: false });
    controls.coverage.setValue(view.coverage, { emitEvent: false });
    if (controls.q.value.trim() !== (view.q ?? '')) controls.q.setValue(view.q ?? '', { emitEvent: false });
  }

  private applyFilters(): void {
    const value = this.filterForm.getRawValue();
    const next: GapListView = { coverage: value.coverage };
    if (value.theme) next.theme = value.theme;
    if (value.q.trim()) next.q = value.q.trim();
    if (!sameGapListView(next, this.view())) this.navigate(next);
  }

  private navigate(view: GapListView): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromGapListView(view),
      replaceUrl: true,
    });
  }
}
