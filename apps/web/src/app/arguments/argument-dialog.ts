import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ArgumentDto,
  CreateArgumentRequest,
  OBJECTION_CATEGORIES,
  ObjectionCategory,
  UpdateArgumentRequest,
} from '@datenlotse/contracts';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ModelDatasetsService } from '../model-datasets/model-datasets.service';
import { categoryLabel } from '../objections/objection-labels';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { ArgumentsService } from './arguments.service';

export type ArgumentDialogData = { mode: 'create' } | { mode: 'edit'; argument: ArgumentDto };

export type ArgumentDialogResult =
  | { kind: 'created' | 'saved'; argument: ArgumentDto }
  /** The argument was changed elsewhere (409): the library must be read again. */
  | { kind: 'stale' };

/** A model dataset as the picker holds it once chosen (typed text stays a string until one is picked). */
export interface ModelDatasetChoice {
  id: string;
  name: string;
}

/** Typed text that matches no model dataset is not silently dropped: the user picks one or clears it. */
function chosenModelDataset(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'string' && value.trim() !== '' ? { pickModelDataset: true } : null;
}

/** Suggestions start after a few letters: fewer would match half the catalogue. */
const MIN_SUGGEST_LENGTH = 3;

/** Creates or edits an argument of the library. */
@Component({
  selector: 'dl-argument-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './argument-dialog.html',
  styleUrl: '../timeline/interaction-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArgumentDialog {
  private readonly data = inject<ArgumentDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ArgumentDialog, ArgumentDialogResult>>(MatDialogRef);
  private readonly argumentsService = inject(ArgumentsService);
  private readonly modelDatasets = inject(ModelDatasetsService);
  private readonly i18n = inject(I18nService);

  protected readonly edited = this.data.mode === 'edit' ? this.data.argument : null;
  protected readonly categories = OBJECTION_CATEGORIES;
  protected readonly categoryLabel = categoryLabel;

  protected readonly form = inject(NonNullableFormBuilder).group({
    category: [this.edited?.category ?? (null as ObjectionCategory | null), [Validators.required]],
    title: [this.edited?.title ?? '', [Validators.required, Validators.maxLength(200)]],
    body: [this.edited?.body ?? '', [Validators.required, Validators.maxLength(10_000)]],
    examples: [this.edited?.examples ?? '', [Validators.maxLength(10_000)]],
    evidence: [this.edited?.evidence ?? '', [Validators.maxLength(4000)]],
    modelDatasetId: new FormControl<ModelDatasetChoice | string | null>(
      this.edited?.modelDatasetId
        ? { id: this.edited.modelDatasetId, name: this.edited.modelDatasetName ?? '' }
        : null,
      [chosenModelDataset],
    ),
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  /** The model datasets whose wording resembles what is typed (the API's German full-text similarity). */
  protected readonly suggestions = toSignal(
    this.form.controls.modelDatasetId.valueChanges.pipe(
      map((value) => (typeof value === 'string' ? value.trim() : '')),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((text) =>
        text.length < MIN_SUGGEST_LENGTH
          ? of([])
          : this.modelDatasets.suggest(text).pipe(catchError(() => of([]))),
      ),
      map((suggestions) =>
        suggestions.map(({ modelDataset }) => ({ id: modelDataset.id, name: modelDataset.name })),
      ),
      takeUntilDestroyed(),
    ),
    { initialValue: [] as ModelDatasetChoice[] },
  );

  protected readonly displayModelDataset = (value: ModelDatasetChoice | string | null): string =>
    typeof value === 'string' ? value : (value?.name ?? '');

  protected clearModelDataset(): void {
    this.form.controls.modelDatasetId.setValue(null);
    this.form.controls.modelDatasetId.markAsDirty();
  }

  protected modelDatasetError(): string {
    return this.form.controls.modelDatasetId.hasError('pickModelDataset')
      ? this.i18n.t('argumentDialog.pickModelDataset')
      : '';
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    for (const control of [this.form.controls.title, this.form.controls.body]) {
      if (!control.value.trim()) control.setErrors({ required: true });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.edited) this.save(this.edited);
    else this.create();
  }

  createRequest(): CreateArgumentRequest {
    const value = this.form.getRawValue();
    return {
      category: value.category as ObjectionCategory,
      title: value.title.trim(),
      body: value.body.trim(),
      examples: optionalText(value.examples),
      evidence: optionalText(value.evidence),
      modelDatasetId: typeof value.modelDatasetId === 'object' ? (value.modelDatasetId?.id ?? null) : null,
    };
  }

  /** `version` and the fields that changed. */
  updateRequest(argument: ArgumentDto): UpdateArgumentRequest {
    const next = this.createRequest();
    const request: UpdateArgumentRequest = { version: argument.version };
    if (next.category !== argument.category) request.category = next.category;
    if (next.title !== argument.title) request.title = next.title;
    if (next.body !== argument.body) request.body = next.body;
    if (next.examples !== argument.examples) request.examples = next.examples;
    if (next.evidence !== argument.evidence) request.evidence = next.evidence;
    if (next.modelDatasetId !== argument.modelDatasetId) request.modelDatasetId = next.modelDatasetId;
    return request;
  }

  private create(): void {
    this.submission.begin();
    this.argumentsService.create(this.createRequest()).subscribe({
      next: (argument) => this.dialogRef.close({ kind: 'created', argument }),
      error: (error: unknown) => this.submission.fail(error),
    });
  }

  private save(argument: ArgumentDto): void {
    const request = this.updateRequest(argument);
    if (Object.keys(request).length === 1) {
      this.dialogRef.close();
      return;
    }
    this.submission.begin();
    this.argumentsService.update(argument.id, request).subscribe({
      next: (saved) => this.dialogRef.close({ kind: 'saved', argument: saved }),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.dialogRef.close({ kind: 'stale' });
          return;
        }
        this.submission.fail(error);
      },
    });
  }
}
