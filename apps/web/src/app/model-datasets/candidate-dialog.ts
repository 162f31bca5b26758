import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DatasetDto, ModelDatasetDto } from '@datenlotse/contracts';
import { catchError, map, of } from 'rxjs';
import { DepartmentsService } from '../core/departments.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { buildDepartmentTree, flattenDepartmentTree } from '../shared/department-tree';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { modelDatasetLabel } from './evidence';
import { ModelDatasetsService } from './model-datasets.service';

export interface CandidateDialogData {
  modelDataset: ModelDatasetDto;
}

/** One click from a gap to a candidate: a title (the model dataset's, to adjust) and the unit that holds it. */
@Component({
  selector: 'dl-candidate-dialog',
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
    <h2 mat-dialog-title>{{ 'candidateDialog.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">{{ 'candidateDialog.intro' | t: { name: modelDataset.name } }}</p>
        @if (submission.problems().length > 0) {
          <div class="problems" role="alert">
            @for (problem of submission.problems(); track $index) {
              <p>{{ problem }}</p>
            }
          </div>
        }
        <div class="fields">
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'candidateDialog.datasetTitle' | t }}</mat-label>
            <input matInput formControlName="title" autocomplete="off" required />
            <mat-error>{{ form.controls.title | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'candidateDialog.department' | t }}</mat-label>
            <mat-select formControlName="departmentId" required>
              @for (option of departmentOptions(); track option.id) {
                <mat-option [value]="option.id" [style.padding-inline-start.px]="16 + option.depth * 16">
                  {{ option.label }}
                </mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.departmentId | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'app.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submission.submitting()">
          {{ 'candidateDialog.create' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../timeline/interaction-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidateDialog {
  protected readonly modelDataset = inject<CandidateDialogData>(MAT_DIALOG_DATA).modelDataset;
  private readonly dialogRef = inject<MatDialogRef<CandidateDialog, DatasetDto>>(MatDialogRef);
  private readonly service = inject(ModelDatasetsService);
  private readonly i18n = inject(I18nService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [
      modelDatasetLabel(this.modelDataset, this.i18n.locale()),
      [Validators.required, Validators.maxLength(300)],
    ],
    departmentId: ['', [Validators.required]],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);
  protected readonly departmentOptions = toSignal(
    inject(DepartmentsService)
      .list()
      .pipe(
        map((departments) => flattenDepartmentTree(buildDepartmentTree(departments))),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (!this.form.controls.title.value.trim()) this.form.controls.title.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { title, departmentId } = this.form.getRawValue();
    this.submission.begin();
    this.service.createCandidate(this.modelDataset.id, { departmentId, title: title.trim() }).subscribe({
      next: (dataset) => this.dialogRef.close(dataset),
      error: (error: unknown) => this.submission.fail(error),
    });
  }
}
