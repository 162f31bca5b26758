import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DatasetCandidateRow, FREQUENCIES, Frequency, ModelDatasetDto } from '@datenlotse/contracts';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { frequencyLabel } from '../../datasets/dataset-labels';
import { DatasetsService } from '../../datasets/datasets.service';
import { MAX_SUGGESTIONS, MIN_SUGGESTION_SCORE } from '../../datasets/model-dataset-picker';
import { I18nService } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { ModelDatasetsService } from '../../model-datasets/model-datasets.service';
import { InterviewRunIcons } from './interview-run-icons';

type TextField = 'title' | 'description' | 'sourceSystem' | 'format' | 'requestedBy';
/** The three answers to "personal data?" as the select holds them. */
type PersonalData = 'yes' | 'no' | 'unknown';

interface Suggestion {
  id: string;
  name: string;
}

/** Fewer letters than this say too little to suggest anything. */
const MIN_QUERY_LENGTH = 3;
const SUGGEST_DEBOUNCE_MS = 300;

let nextEditorId = 0;

/**
 * The rows of a `dataset_list` answer: each row a dataset candidate, with model datasets of the
 * Musterdatenkatalog suggested while its title is typed. Rows sit side by side in columns on a wide screen and
 * stack as cards on a phone. Removing a row can be undone.
 */
@Component({
  selector: 'dl-dataset-list-editor',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  templateUrl: './dataset-list-editor.html',
  styleUrl: './dataset-list-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetListEditor {
  readonly rows = input<readonly DatasetCandidateRow[]>([]);
  readonly readonly = input(false);
  readonly rowsChange = output<DatasetCandidateRow[]>();

  private readonly i18n = inject(I18nService);
  private readonly datasets = inject(DatasetsService);
  private readonly modelDatasets = inject(ModelDatasetsService);

  protected readonly frequencies = FREQUENCIES;
  protected readonly frequencyLabel = frequencyLabel;
  /** The row removed last, for "Rückgängig". */
  protected readonly removed = signal<{ row: DatasetCandidateRow; index: number } | null>(null);
  /** Suggestions for the row whose title is being typed. */
  protected readonly suggestions = signal<{ rowId: string; items: Suggestion[] }>({ rowId: '', items: [] });
  /** Names of linked model datasets; looked up once per id. */
  private readonly modelNames = signal<Readonly<Record<string, string>>>({});
  private readonly lookedUp = new Set<string>();
  private readonly titleInput = new Subject<{ rowId: string; title: string }>();
  /** A row just added: its title gets the focus once it is there. */
  private readonly focusRowId = signal<string | null>(null);
  protected readonly uid = `dataset-rows-${nextEditorId++}`;

  protected readonly removedLabel = computed(() => {
    const removed = this.removed();
    return removed ? this.i18n.t('datasetRows.removed', { title: removed.row.title || '…' }) : '';
  });

  constructor() {
    inject(InterviewRunIcons);
    this.titleInput
      .pipe(
        debounceTime(SUGGEST_DEBOUNCE_MS),
        map(({ rowId, title }) => ({ rowId, title: title.trim() })),
        distinctUntilChanged((a, b) => a.rowId === b.rowId && a.title === b.title),
        switchMap(({ rowId, title }) =>
          title.length < MIN_QUERY_LENGTH
            ? of({ rowId, items: [] })
            : this.datasets.suggestModelDatasets(title).pipe(
                map((found) => ({
                  rowId,
                  items: found
                    .filter((suggestion) => suggestion.score >= MIN_SUGGESTION_SCORE)
                    .slice(0, MAX_SUGGESTIONS)
                    .map((suggestion) => ({
                      id: suggestion.modelDataset.id,
                      name: this.modelName(suggestion.modelDataset),
                    })),
                })),
                // Offline or failing: typing goes on without suggestions.
                catchError(() => of({ rowId, items: [] })),
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((suggestions) => this.suggestions.set(suggestions));

    const injector = inject(Injector);
    effect(() => {
      const id = this.focusRowId();
      if (!id || !this.rows().some((row) => row.id === id)) return;
      this.focusRowId.set(null);
      afterNextRender(() => document.getElementById(`${this.uid}-${id}-title`)?.focus(), { injector });
    });

    // A row linked earlier (or by a colleague) names its model dataset once it is known.
    const destroyRef = inject(DestroyRef);
    effect(() => {
      for (const row of this.rows()) {
        const id = row.modelDatasetId;
        if (!id || this.lookedUp.has(id)) continue;
        this.lookedUp.add(id);
        const subscription = this.modelDatasets.evidence(id).subscribe({
          next: (evidence) =>
            this.modelNames.update((names) => ({ ...names, [id]: this.modelName(evidence.modelDataset) })),
          error: () => this.lookedUp.delete(id),
        });
        destroyRef.onDestroy(() => subscription.unsubscribe());
      }
    });
  }

  protected rowSuggestions(row: DatasetCandidateRow): Suggestion[] {
    const suggestions = this.suggestions();
    return suggestions.rowId === row.id ? suggestions.items : [];
  }

  protected modelLabel(row: DatasetCandidateRow): string {
    const name = row.modelDatasetId ? this.modelNames()[row.modelDatasetId] : undefined;
    return name ? this.i18n.t('datasetRows.model', { name }) : this.i18n.t('datasetRows.modelLinked');
  }

  protected personalData(row: DatasetCandidateRow): PersonalData {
    if (row.containsPersonalData === true) return 'yes';
    if (row.containsPersonalData === false) return 'no';
    return 'unknown';
  }

  protected add(): void {
    const row: DatasetCandidateRow = { id: crypto.randomUUID(), title: '' };
    this.removed.set(null);
    this.focusRowId.set(row.id);
    this.rowsChange.emit([...this.rows(), row]);
  }

  protected remove(index: number): void {
    const row = this.rows()[index];
    if (!row) return;
    this.removed.set({ row, index });
    this.rowsChange.emit(this.rows().filter((_, at) => at !== index));
  }

  protected undo(): void {
    const removed = this.removed();
    if (!removed) return;
    const rows = [...this.rows()];
    rows.splice(Math.min(removed.index, rows.length), 0, removed.row);
    this.removed.set(null);
    this.rowsChange.emit(rows);
  }

  protected typed(index: number, field: TextField, event: Event): void {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    if (field === 'title') {
      this.titleInput.next({ rowId: this.rows()[index]?.id ?? '', title: text });
      this.update(index, { title: text });
    } else {
      this.update(index, { [field]: text === '' ? null : text });
    }
  }

  protected rhythm(index: number, value: Frequency | ''): void {
    this.update(index, { accrualPeriodicity: value === '' ? null : value });
  }

  protected personal(index: number, value: PersonalData): void {
    this.update(index, { containsPersonalData: value === 'unknown' ? null : value === 'yes' });
  }

  /** Picking a suggestion links the model dataset; the title stays as the department calls it. */
  protected picked(index: number, event: MatAutocompleteSelectedEvent, input: HTMLInputElement): void {
    const suggestion = event.option.value as Suggestion;
    const row = this.rows()[index];
    if (!row) return;
    input.value = row.title;
    this.modelNames.update((names) => ({ ...names, [suggestion.id]: suggestion.name }));
    this.update(index, { modelDatasetId: suggestion.id });
  }

  protected unlink(index: number): void {
    this.update(index, { modelDatasetId: null });
  }

  private update(index: number, patch: Partial<DatasetCandidateRow>): void {
    this.rowsChange.emit(this.rows().map((row, at) => (at === index ? { ...row, ...patch } : row)));
  }

  private modelName(model: ModelDatasetDto): string {
    const english = this.i18n.locale() === 'en';
    const label = english && model.labelEn ? model.labelEn : model.label;
    const theme = english && model.themeEn ? model.themeEn : model.theme;
    return `${theme} – ${label}`;
  }
}
