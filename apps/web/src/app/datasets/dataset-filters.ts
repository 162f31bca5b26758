import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import {
  DATASET_OBJECTION_FILTERS,
  DATASET_STAGES,
  DatasetObjectionFilter,
  DatasetStage,
  DepartmentDto,
  TeamMemberDto,
} from '@datenlotse/contracts';
import { debounceTime } from 'rxjs';
import { TranslationKey } from '../i18n/de';
import { TranslatePipe } from '../i18n/translate.pipe';
import { buildDepartmentTree, flattenDepartmentTree } from '../shared/department-tree';
import { datasetStageLabel } from './dataset-labels';
import { DatasetFilters } from './dataset-list-query';

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

const OBJECTION_LABELS: Readonly<Record<DatasetObjectionFilter, TranslationKey>> = {
  unresolved: 'datasets.objectionsUnresolved',
  resolved: 'datasets.objectionsResolved',
  none: 'datasets.objectionsNone',
};

const sameFilters = (a: DatasetFilters, b: DatasetFilters): boolean =>
  JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());

/** The list's and the board's filters; every change goes to the URL through `filtersChange`. */
@Component({
  selector: 'dl-dataset-filters',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslatePipe,
  ],
  templateUrl: './dataset-filters.html',
  styleUrl: './dataset-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetFilterBar {
  readonly filters = input.required<DatasetFilters>();
  readonly departments = input<readonly DepartmentDto[]>([]);
  readonly teamMembers = input<readonly TeamMemberDto[]>([]);
  readonly filtersChange = output<DatasetFilters>();

  protected readonly stages = DATASET_STAGES;
  protected readonly stageLabel = datasetStageLabel;
  protected readonly objectionChoices = DATASET_OBJECTION_FILTERS.map((value) => ({
    value,
    label: OBJECTION_LABELS[value],
  }));

  protected readonly departmentOptions = computed(() =>
    flattenDepartmentTree(buildDepartmentTree(this.departments())),
  );
  protected readonly dezernate = computed(() =>
    this.departments()
      .filter((department) => department.kind === 'dezernat')
      .sort((a, b) => collator.compare(a.shortName ?? a.name, b.shortName ?? b.name)),
  );
  /** A link may name one model dataset (from the gap list): it stays a choice of its own. */
  protected readonly oneModelDataset = computed(() => {
    const modelDataset = this.filters().modelDataset;
    return modelDataset && modelDataset !== 'any' && modelDataset !== 'none' ? modelDataset : null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    q: '',
    stages: [[] as DatasetStage[]],
    departmentId: '',
    dezernatId: '',
    owner: '',
    objections: '' as DatasetObjectionFilter | '',
    overdue: false,
    modelDataset: '',
  });

  constructor() {
    effect(() => this.show(this.filters()));
    this.form.valueChanges.pipe(debounceTime(250), takeUntilDestroyed()).subscribe(() => {
      const next = this.formFilters();
      if (!sameFilters(next, this.filters())) this.filtersChange.emit(next);
    });
  }

  /** The filters into the form, leaving alone what the user is typing (" Sirene" vs "Sirene"). */
  private show(filters: DatasetFilters): void {
    const controls = this.form.controls;
    const typed = controls.q.value.trim();
    if (typed !== (filters.q ?? '')) controls.q.setValue(filters.q ?? '', { emitEvent: false });
    controls.stages.setValue(filters.stages ?? [], { emitEvent: false });
    controls.departmentId.setValue(filters.departmentId ?? '', { emitEvent: false });
    controls.dezernatId.setValue(filters.dezernatId ?? '', { emitEvent: false });
    controls.owner.setValue(filters.owner ?? '', { emitEvent: false });
    controls.objections.setValue(filters.objections ?? '', { emitEvent: false });
    controls.overdue.setValue(filters.overdue ?? false, { emitEvent: false });
    controls.modelDataset.setValue(filters.modelDataset ?? '', { emitEvent: false });
  }

  private formFilters(): DatasetFilters {
    const value = this.form.getRawValue();
    const filters: DatasetFilters = {};
    const q = value.q.trim();
    if (q) filters.q = q;
    if (value.stages.length > 0) filters.stages = DATASET_STAGES.filter((s) => value.stages.includes(s));
    if (value.departmentId) filters.departmentId = value.departmentId;
    if (value.dezernatId) filters.dezernatId = value.dezernatId;
    if (value.owner) filters.owner = value.owner;
    if (value.objections) filters.objections = value.objections;
    if (value.overdue) filters.overdue = true;
    if (value.modelDataset) filters.modelDataset = value.modelDataset;
    return filters;
  }
}
