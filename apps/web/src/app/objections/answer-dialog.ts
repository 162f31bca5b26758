import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { ArgumentDto, ObjectionDto, ObjectionStatus, UpdateObjectionRequest } from '@datenlotse/contracts';
import { catchError, of, startWith } from 'rxjs';
import { ArgumentsService } from '../arguments/arguments.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { EvidenceLine } from '../model-datasets/evidence-line';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import {
  ANSWER_CHOICES,
  categoryLabel,
  initialAnswerChoice,
  isOutcome,
  noteRequired,
  outcomeChoiceLabel,
  resolutionNoteValidator,
} from './objection-labels';
import { ObjectionDialogResult } from './objection-dialog';
import { ObjectionsService } from './objections.service';

export interface AnswerDialogData {
  objection: ObjectionDto;
}

/**
 * Answers an objection: arguments from the library (its category first, the others one click away, each with
 * the Musterdatenkatalog's evidence), the team's own words, and where the department stands now.
 */
@Component({
  selector: 'dl-answer-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    FieldErrorPipe,
    EvidenceLine,
  ],
  templateUrl: './answer-dialog.html',
  styleUrl: './answer-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnswerDialog {
  protected readonly objection = inject<AnswerDialogData>(MAT_DIALOG_DATA).objection;
  private readonly dialogRef = inject<MatDialogRef<AnswerDialog, ObjectionDialogResult>>(MatDialogRef);
  private readonly objections = inject(ObjectionsService);
  private readonly i18n = inject(I18nService);

  protected readonly choices = ANSWER_CHOICES;
  protected readonly choiceLabel = outcomeChoiceLabel;
  protected readonly categoryLabel = categoryLabel;

  protected readonly form = inject(NonNullableFormBuilder).group({
    argumentIds: [[...this.objection.argumentIds]],
    response: [this.objection.response ?? '', [Validators.maxLength(10_000)]],
    status: [initialAnswerChoice(this.objection.status)],
    resolutionNote: [
      this.objection.resolutionNote ?? '',
      [resolutionNoteValidator, Validators.maxLength(4000)],
    ],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  private readonly library = toSignal(
    inject(ArgumentsService)
      .list()
      .pipe(catchError(() => of([] as ArgumentDto[]))),
  );
  protected readonly loaded = computed(() => this.library() !== undefined);
  protected readonly matching = computed(() =>
    (this.library() ?? []).filter((argument) => argument.category === this.objection.category),
  );
  protected readonly others = computed(() =>
    (this.library() ?? []).filter((argument) => argument.category !== this.objection.category),
  );
  /** Others open at once when the answer already uses one of them. */
  private readonly othersToggled = signal<boolean | null>(null);
  protected readonly othersOpen = computed(
    () =>
      this.othersToggled() ??
      this.others().some((argument) => this.objection.argumentIds.includes(argument.id)),
  );

  protected readonly status = toSignal(
    this.form.controls.status.valueChanges.pipe(startWith(this.form.controls.status.value)),
    { requireSync: true },
  );
  protected readonly showNote = computed(() => isOutcome(this.status()));
  protected readonly noteRequired = computed(() => noteRequired(this.status()));
  private readonly selectedIds = toSignal(
    this.form.controls.argumentIds.valueChanges.pipe(startWith(this.form.controls.argumentIds.value)),
    { requireSync: true },
  );

  constructor() {
    // The note's requirement follows the chosen state (checked once now that the note has its form).
    const note = this.form.controls.resolutionNote;
    note.updateValueAndValidity();
    this.form.controls.status.valueChanges.subscribe(() => note.updateValueAndValidity());
  }

  protected isSelected(id: string): boolean {
    return this.selectedIds().includes(id);
  }

  protected toggle(id: string, checked: boolean): void {
    const ids = this.form.controls.argumentIds.value.filter((selected) => selected !== id);
    this.form.controls.argumentIds.setValue(checked ? [...ids, id] : ids);
    this.form.controls.argumentIds.markAsDirty();
  }

  protected toggleOthers(): void {
    this.othersToggled.set(!this.othersOpen());
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request = this.request();
    if (!request) {
      this.dialogRef.close();
      return;
    }
    this.submission.begin();
    this.objections.update(this.objection.id, request).subscribe({
      next: (objection) => this.dialogRef.close({ kind: 'saved', objection }),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.dialogRef.close({ kind: 'stale' });
          return;
        }
        this.submission.fail(error);
      },
    });
  }

  /** `version` and what changed; null when nothing did. */
  request(): UpdateObjectionRequest | null {
    const value = this.form.getRawValue();
    const objection = this.objection;
    const request: UpdateObjectionRequest = { version: objection.version };
    const response = optionalText(value.response);
    if (response !== objection.response) request.response = response;
    if (!sameIds(value.argumentIds, objection.argumentIds)) request.argumentIds = value.argumentIds;
    const status: ObjectionStatus = value.status;
    // Only an outcome keeps what was agreed; going back to open or answered drops it.
    const note = isOutcome(status) ? optionalText(value.resolutionNote) : null;
    if (status !== objection.status || note !== objection.resolutionNote) {
      request.status = status;
      request.resolutionNote = note;
    }
    return Object.keys(request).length > 1 ? request : null;
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
