import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { InterviewDto } from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { interviewWhen } from './interview-wording';
import { InterviewsService } from './interviews.service';

export interface CancelInterviewDialogData {
  interview: InterviewDto;
}

export type CancelInterviewDialogResult =
  | { kind: 'cancelled'; interview: InterviewDto }
  /** The interview changed meanwhile (409): the page reads it again. */
  | { kind: 'stale' };

/** "Absagen": the reason is required, so that the department's history says why it did not take place. */
@Component({
  selector: 'dl-cancel-interview-dialog',
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
    <h2 mat-dialog-title>{{ 'interviewCancel.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">
          {{ 'interviewCancel.intro' | t: { department: interview.departmentName, when: when } }}
        </p>
        @if (submission.problems().length > 0) {
          <div class="problems" role="alert">
            @for (problem of submission.problems(); track $index) {
              <p>{{ problem }}</p>
            }
          </div>
        }
        <div class="fields">
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'interviewCancel.reason' | t }}</mat-label>
            <textarea matInput formControlName="reason" rows="3" required></textarea>
            <mat-error>{{ form.controls.reason | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'interviewCancel.keep' | t }}</button>
        <button mat-flat-button type="submit" class="danger" [disabled]="submission.submitting()">
          {{ 'interviewCancel.confirm' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './cancel-interview-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CancelInterviewDialog {
  private readonly data = inject<CancelInterviewDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<CancelInterviewDialog, CancelInterviewDialogResult>>(MatDialogRef);
  private readonly interviews = inject(InterviewsService);
  private readonly i18n = inject(I18nService);

  protected readonly interview = this.data.interview;
  protected readonly when = interviewWhen(this.i18n, this.interview);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(2000)]],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  protected submit(): void {
    if (this.submission.submitting()) return;
    const reason = this.form.controls.reason.value.trim();
    if (this.form.invalid || !reason) {
      if (!reason) this.form.controls.reason.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    this.submission.begin();
    this.interviews.cancel(this.interview.id, { version: this.interview.version, reason }).subscribe({
      next: (interview) => this.dialogRef.close({ kind: 'cancelled', interview }),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409)
          this.dialogRef.close({ kind: 'stale' });
        else this.submission.fail(error);
      },
    });
  }
}
