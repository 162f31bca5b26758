import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DatasetDto, DatasetTransitionRequest } from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { httpUrl } from '../organisation/department-dialog';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { datasetStageLabel } from './dataset-labels';
import { MoveSubject, OfferedMove } from './dataset-moves';
import { DatasetsService } from './datasets.service';
import { refusalMessage } from './refusal';

export interface MoveDialogData {
  subject: MoveSubject;
  move: OfferedMove;
}

export type MoveDialogResult =
  | { kind: 'moved'; dataset: DatasetDto }
  /** The API refused the move (409): the message names the rule, in the user's language. */
  | { kind: 'refused'; message: string };

/** Asks what a move needs before it is made: the reason (rejected, on hold, …) or the portal URL. */
@Component({
  selector: 'dl-move-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'datasetMove.title' | t: { stage: stageName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">
          {{ 'datasetMove.intro' | t: { title: data.subject.title, from: fromName, to: stageName } }}
        </p>
        @if (submission.problems().length > 0) {
          <div class="problems" role="alert">
            @for (problem of submission.problems(); track $index) {
              <p>{{ problem }}</p>
            }
          </div>
        }
        <div class="fields">
          @if (data.move.asksPortalUrl) {
            <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
              <mat-label>{{ 'datasetMove.portalUrl' | t }}</mat-label>
              <input
                matInput
                formControlName="portalUrl"
                type="url"
                inputmode="url"
                autocomplete="off"
                spellcheck="false"
                required
              />
              <mat-hint>{{ 'datasetMove.portalUrlHint' | t }}</mat-hint>
              <mat-error>{{ form.controls.portalUrl | fieldError }}</mat-error>
            </mat-form-field>
          }
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{
              (data.move.needsReason ? 'datasetMove.reason' : 'datasetMove.reasonOptional') | t
            }}</mat-label>
            <textarea
              matInput
              formControlName="reason"
              rows="3"
              [required]="data.move.needsReason"
            ></textarea>
            @if (data.move.needsReason) {
              <mat-hint>{{ 'datasetMove.reasonHint' | t }}</mat-hint>
            }
            <mat-error>{{ form.controls.reason | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'app.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submission.submitting()">
          {{ 'datasetMove.submit' | t: { stage: stageName } }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './move-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveDialog {
  protected readonly data = inject<MoveDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<MoveDialog, MoveDialogResult>>(MatDialogRef);
  private readonly datasets = inject(DatasetsService);
  protected readonly i18n = inject(I18nService);

  protected readonly stageName = this.i18n.t(datasetStageLabel(this.data.move.to));
  protected readonly fromName = this.i18n.t(datasetStageLabel(this.data.subject.stage));

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', this.data.move.needsReason ? [Validators.required, Validators.maxLength(2000)] : []],
    portalUrl: [
      this.data.subject.portalUrl ?? '',
      this.data.move.asksPortalUrl ? [Validators.required, httpUrl, Validators.maxLength(500)] : [],
    ],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  /** The request of the filled-in form: the reason when given, the portal URL when publishing. */
  request(): DatasetTransitionRequest {
    const value = this.form.getRawValue();
    const request: DatasetTransitionRequest = { to: this.data.move.to, version: this.data.subject.version };
    const reason = optionalText(value.reason);
    if (reason) request.reason = reason;
    if (this.data.move.asksPortalUrl) request.portalUrl = optionalText(value.portalUrl);
    return request;
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submission.begin();
    this.datasets.transition(this.data.subject.id, this.request()).subscribe({
      next: (dataset) => this.dialogRef.close({ kind: 'moved', dataset }),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.dialogRef.close({ kind: 'refused', message: refusalMessage(error, this.i18n) });
          return;
        }
        this.submission.fail(error);
      },
    });
  }
}
