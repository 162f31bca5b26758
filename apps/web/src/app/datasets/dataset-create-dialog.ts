import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CreateDatasetRequest, DatasetDto, DepartmentDto } from '@datenlotse/contracts';
import { EMPTY, catchError } from 'rxjs';
import { SessionService } from '../core/session.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TeamMembersService } from '../organisation/team-members.service';
import { buildDepartmentTree, flattenDepartmentTree } from '../shared/department-tree';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { DatasetsService } from './datasets.service';
import { ModelDatasetChoice, ModelDatasetPicker } from './model-dataset-picker';

export interface DatasetCreateDialogData {
  departments: readonly DepartmentDto[];
  /** Preselected unit (the list is filtered by it, or the dialog opens from a department). */
  departmentId?: string;
}

/** "Neuer Datensatz": a candidate in `identified`, with a model dataset suggested from its title. */
@Component({
  selector: 'dl-dataset-create-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    ModelDatasetPicker,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'datasetDialog.createTitle' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (submission.problems().length > 0) {
          <div class="problems" role="alert">
            @for (problem of submission.problems(); track $index) {
              <p>{{ problem }}</p>
            }
          </div>
        }
        <div class="fields">
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'datasetDialog.title' | t }}</mat-label>
            <input matInput formControlName="title" autocomplete="off" required />
            <mat-hint>{{ 'datasetDialog.titleHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.title | fieldError }}</mat-error>
          </mat-form-field>

          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'datasetDialog.department' | t }}</mat-label>
            <mat-select formControlName="departmentId" required>
              @for (option of departmentOptions; track option.id) {
                <mat-option [value]="option.id" [style.padding-inline-start.px]="16 + option.depth * 16">
                  {{ option.label }}
                </mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.departmentId | fieldError }}</mat-error>
          </mat-form-field>

          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'datasetDialog.description' | t }}</mat-label>
            <textarea matInput formControlName="description" rows="3"></textarea>
            <mat-error>{{ form.controls.description | fieldError }}</mat-error>
          </mat-form-field>

          @if (teamMembers().length > 0) {
            <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
              <mat-label>{{ 'datasetDialog.owner' | t }}</mat-label>
              <mat-select formControlName="ownerUserId">
                <mat-option [value]="null">{{ 'datasetDialog.noOwner' | t }}</mat-option>
                @for (member of teamMembers(); track member.id) {
                  <mat-option [value]="member.id">{{ member.name }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ form.controls.ownerUserId | fieldError }}</mat-error>
            </mat-form-field>
          }

          <div class="full">
            <dl-model-dataset-picker
              [query]="title()"
              [selected]="modelDataset()"
              (selectedChange)="modelDataset.set($event)"
            />
          </div>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'app.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submission.submitting()">
          {{ 'datasetDialog.create' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dataset-create-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetCreateDialog {
  private readonly data = inject<DatasetCreateDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DatasetCreateDialog, DatasetDto>>(MatDialogRef);
  private readonly datasets = inject(DatasetsService);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly departmentOptions = flattenDepartmentTree(buildDepartmentTree(this.data.departments));
  protected readonly teamMembers = toSignal(
    inject(TeamMembersService)
      .list()
      .pipe(catchError(() => EMPTY)),
    { initialValue: [] },
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(300)]],
    departmentId: [this.data.departmentId ?? '', [Validators.required]],
    description: ['', [Validators.maxLength(10_000)]],
    // Whoever records a candidate usually looks after it.
    ownerUserId: [this.session.user()?.id ?? (null as string | null)],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);
  /** The model dataset suggestions follow the title as it is typed. */
  protected readonly title = toSignal(this.form.controls.title.valueChanges, { initialValue: '' });
  protected readonly modelDataset = signal<ModelDatasetChoice | null>(null);

  /** The create request: title and unit, plus only what was filled in. */
  request(): CreateDatasetRequest {
    const value = this.form.getRawValue();
    const request: CreateDatasetRequest = { title: value.title.trim(), departmentId: value.departmentId };
    const description = optionalText(value.description);
    if (description) request.description = description;
    if (value.ownerUserId) request.ownerUserId = value.ownerUserId;
    const modelDataset = this.modelDataset();
    if (modelDataset) request.modelDatasetId = modelDataset.id;
    return request;
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submission.begin();
    this.datasets.create(this.request()).subscribe({
      next: (dataset) => this.dialogRef.close(dataset),
      error: (error: unknown) => this.submission.fail(error),
    });
  }
}
