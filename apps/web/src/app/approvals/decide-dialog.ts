import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ApprovalDecision, ApprovalRequestDto, DecideApprovalRequest } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { decisionLabel, decisionNeedsComment } from './approval-labels';
import { ApprovalsService } from './approvals.service';

export interface DecideDialogData {
  request: ApprovalRequestDto;
  decision: ApprovalDecision;
}

export type DecideDialogResult =
  | { kind: 'decided'; request: ApprovalRequestDto }
  /** The request was decided, withdrawn or expired meanwhile (409). */
  | { kind: 'stale' };

/** A head decides in the app: approve (a note may be given), reject or ask for changes (the why is required). */
@Component({
  selector: 'dl-decide-dialog',
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
    <h2 mat-dialog-title>
      {{ titleKey | t: { title: data.request.datasetTitle } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">{{ introKey | t }}</p>
        @if (submission.problems().length > 0) {
          <div class="problems" role="alert">
            @for (problem of submission.problems(); track $index) {
              <p>{{ problem }}</p>
            }
          </div>
        }
        <div class="fields">
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ commentKey | t }}</mat-label>
            <textarea matInput formControlName="comment" rows="4" [required]="needsComment"></textarea>
            <mat-error>{{ form.controls.comment | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'app.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submission.submitting()">
          {{ decisionKey | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './decide-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecideDialog {
  protected readonly data = inject<DecideDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DecideDialog, DecideDialogResult>>(MatDialogRef);
  private readonly approvals = inject(ApprovalsService);
  private readonly i18n = inject(I18nService);

  protected readonly needsComment = decisionNeedsComment(this.data.decision);
  protected readonly decisionKey = decisionLabel(this.data.decision);
  protected readonly titleKey: TranslationKey = `approvals.decideTitle.${this.data.decision}`;
  protected readonly introKey: TranslationKey = `approvals.decideIntro.${this.data.decision}`;
  protected readonly commentKey: TranslationKey = `approvals.commentLabel.${this.data.decision}`;
  protected readonly form = inject(NonNullableFormBuilder).group({
    comment: [
      '',
      this.needsComment ? [Validators.required, Validators.maxLength(4000)] : [Validators.maxLength(4000)],
    ],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request: DecideApprovalRequest = { decision: this.data.decision };
    const comment = optionalText(this.form.controls.comment.value);
    if (comment) request.comment = comment;
    this.submission.begin();
    this.approvals.decide(this.data.request.id, request).subscribe({
      next: (decided) => this.dialogRef.close({ kind: 'decided', request: decided }),
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
