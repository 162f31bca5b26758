import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  DepartmentDto,
  ENGAGEMENT_STAGES,
  EngagementStage,
  SetEngagementStageRequest,
} from '@datenlotse/contracts';
import { DepartmentsService } from '../core/departments.service';
import { applyServerErrors } from '../core/server-errors';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { stageLabel } from '../organisation/crm-labels';
import { FieldErrorPipe } from '../shared/field-error.pipe';

export interface StageDialogData {
  department: DepartmentDto;
}

export type StageDialogResult =
  | { kind: 'saved'; department: DepartmentDto }
  /** The unit was changed elsewhere (409): the page must reload. */
  | { kind: 'stale' };

/** Sets the engagement stage by hand (always with a reason), or goes back to the derived stage. */
@Component({
  selector: 'dl-stage-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'stageDialog.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">
          {{ 'stageDialog.intro' | t: { derived: i18n.t(stageLabel(department.derivedStage)) } }}
        </p>
        @if (department.stageOverride; as override) {
          <p class="current">
            {{
              'stageDialog.current'
                | t: { stage: i18n.t(stageLabel(override.stage)), reason: override.reason }
            }}
          </p>
        }
        @if (problems().length > 0) {
          <div class="problems" role="alert">
            @for (problem of problems(); track $index) {
              <p>{{ problem }}</p>
            }
          </div>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'stageDialog.stage' | t }}</mat-label>
          <mat-select formControlName="stage" required>
            @for (stage of stages; track stage) {
              <mat-option [value]="stage">{{ stageLabel(stage) | t }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.stage | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'stageDialog.reason' | t }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" required></textarea>
          <mat-hint>{{ 'stageDialog.reasonHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.reason | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        @if (department.stageOverride) {
          <button mat-button type="button" class="clear" (click)="clear()" [disabled]="submitting()">
            {{ 'stageDialog.clear' | t }}
          </button>
        }
        <button mat-button type="button" mat-dialog-close>{{ 'app.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submitting()">{{ 'stageDialog.set' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
      margin-top: 12px;
    }
    .intro,
    .current {
      margin: 0 0 8px;
    }
    .current {
      color: var(--mat-sys-on-surface-variant);
    }
    .clear {
      margin-inline-end: auto;
    }
    .problems {
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .problems p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StageDialog {
  protected readonly department = inject<StageDialogData>(MAT_DIALOG_DATA).department;
  private readonly dialogRef = inject<MatDialogRef<StageDialog, StageDialogResult>>(MatDialogRef);
  private readonly departmentsService = inject(DepartmentsService);
  protected readonly i18n = inject(I18nService);

  protected readonly stages = ENGAGEMENT_STAGES;
  protected readonly stageLabel = stageLabel;
  protected readonly submitting = signal(false);
  protected readonly problems = signal<string[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    stage: [this.department.stageOverride?.stage ?? this.department.engagementStage, [Validators.required]],
    reason: [this.department.stageOverride?.reason ?? '', [Validators.required, Validators.maxLength(2000)]],
  });

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { stage, reason } = this.form.getRawValue();
    this.send({ version: this.department.version, stage: stage as EngagementStage, reason: reason.trim() });
  }

  protected clear(): void {
    if (!this.submitting()) this.send({ version: this.department.version, stage: null });
  }

  private send(request: SetEngagementStageRequest): void {
    this.submitting.set(true);
    this.problems.set([]);
    this.departmentsService.setStage(this.department.id, request).subscribe({
      next: (department) => this.dialogRef.close({ kind: 'saved', department }),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.dialogRef.close({ kind: 'stale' });
          return;
        }
        this.submitting.set(false);
        this.problems.set(applyServerErrors(this.form, error, this.i18n).unmatched);
      },
    });
  }
}
