import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatRadioChange, MatRadioModule } from '@angular/material/radio';
import { ModelDatasetDto, ModelDatasetSuggestion } from '@datenlotse/contracts';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { DatasetsService } from './datasets.service';

/** Suggestions below this similarity are noise ("Haushalt" for "Hundesteuer"). */
export const MIN_SUGGESTION_SCORE = 0.05;
export const MAX_SUGGESTIONS = 5;
/** Fewer letters than this say too little to suggest anything. */
const MIN_QUERY_LENGTH = 3;
const DEBOUNCE_MS = 300;

/** The chosen model dataset as the form keeps it. */
export interface ModelDatasetChoice {
  id: string;
  name: string;
}

interface Option {
  id: string;
  name: string;
  publishers: number | null;
}

/**
 * Model datasets of the Musterdatenkatalog that resemble a text (the dataset's title), offered as choices while
 * the user types; "none" is always a choice. The one already chosen stays in the list.
 */
@Component({
  selector: 'dl-model-dataset-picker',
  imports: [MatRadioModule, TranslatePipe],
  template: `
    <fieldset class="picker">
      <legend>{{ 'modelPicker.legend' | t }}</legend>
      <p class="hint" aria-live="polite">{{ hint() }}</p>
      <mat-radio-group class="options" [value]="selected()?.id ?? ''" (change)="changed($event)">
        @for (option of options(); track option.id) {
          <mat-radio-button [value]="option.id">
            <span class="name">{{ option.name }}</span>
            @if (option.publishers !== null) {
              <span class="publishers">
                {{ 'modelPicker.publishers' | t: { count: option.publishers } }}
              </span>
            }
          </mat-radio-button>
        }
        <mat-radio-button value="">{{ 'modelPicker.none' | t }}</mat-radio-button>
      </mat-radio-group>
    </fieldset>
  `,
  styles: `
    .picker {
      margin: 0;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    legend {
      padding: 0 4px;
      font: var(--mat-sys-label-large);
    }
    .hint {
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .options {
      display: flex;
      flex-direction: column;
    }
    .name {
      overflow-wrap: anywhere;
    }
    .publishers {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModelDatasetPicker {
  /** The text the suggestions follow (debounced). */
  readonly query = input('');
  readonly selected = input<ModelDatasetChoice | null>(null);
  readonly selectedChange = output<ModelDatasetChoice | null>();

  private readonly datasets = inject(DatasetsService);
  private readonly i18n = inject(I18nService);

  private readonly suggestions = toSignal(
    toObservable(this.query).pipe(
      map((query) => query.trim()),
      debounceTime(DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((query) =>
        query.length < MIN_QUERY_LENGTH
          ? of(null)
          : this.datasets.suggestModelDatasets(query).pipe(catchError(() => of([]))),
      ),
    ),
    { initialValue: null },
  );

  private readonly suggested = computed(() =>
    (this.suggestions() ?? [])
      .filter((suggestion) => suggestion.score >= MIN_SUGGESTION_SCORE)
      .slice(0, MAX_SUGGESTIONS),
  );

  protected readonly options = computed<Option[]>(() => {
    const options = this.suggested().map((suggestion) => this.option(suggestion));
    const selected = this.selected();
    if (selected && !options.some((option) => option.id === selected.id)) {
      options.unshift({ id: selected.id, name: selected.name, publishers: null });
    }
    return options;
  });

  protected readonly hint = computed(() => {
    if (this.suggestions() === null) return this.i18n.t('modelPicker.typeTitle');
    const count = this.suggested().length;
    return count === 0
      ? this.i18n.t('modelPicker.noSuggestions')
      : this.i18n.t('modelPicker.suggestions', { count });
  });

  protected changed(event: MatRadioChange): void {
    const id: unknown = event.value;
    const option = this.options().find((candidate) => candidate.id === id);
    this.selectedChange.emit(option ? { id: option.id, name: option.name } : null);
  }

  private option(suggestion: ModelDatasetSuggestion): Option {
    const model: ModelDatasetDto = suggestion.modelDataset;
    const name = this.i18n.locale() === 'en' && model.labelEn ? model.labelEn : model.label;
    const theme = this.i18n.locale() === 'en' && model.themeEn ? model.themeEn : model.theme;
    return { id: model.id, name: `${theme} – ${name}`, publishers: model.publisherCount };
  }
}
