import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import {
  DATASET_CLASSIFICATIONS,
  DATA_THEMES,
  DataTheme,
  DatasetClassification,
  DatasetDto,
  DepartmentDto,
  FREQUENCIES,
  Frequency,
  LICENSE_KEYS,
  License,
  UpdateDatasetRequest,
  licenseNeedsAttribution,
} from '@datenlotse/contracts';
import { EMPTY, catchError } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { httpUrl } from '../organisation/department-dialog';
import { TeamMembersService } from '../organisation/team-members.service';
import { buildDepartmentTree, flattenDepartmentTree } from '../shared/department-tree';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { classificationLabel, frequencyLabel, licenseLabel, themeLabel } from './dataset-labels';
import { DatasetsService } from './datasets.service';
import { ModelDatasetChoice, ModelDatasetPicker } from './model-dataset-picker';
import { updateRequestOf } from './dataset-edit-request';

export interface DatasetEditDialogData {
  dataset: DatasetDto;
  departments: readonly DepartmentDto[];
}

export type DatasetEditDialogResult =
  | { kind: 'saved'; dataset: DatasetDto }
  /** Changed elsewhere in the meantime (409): the page reads it again. */
  | { kind: 'stale' };

/** "2024-05-01T00:00:00.000Z" or "2024-05-01" ⇒ the date input's "2024-05-01". */
const dateValue = (iso: string | null): string => (iso ? iso.slice(0, 10) : '');

/** Every editable field of a dataset: description, organisation, and the DCAT-AP.de metadata. */
@Component({
  selector: 'dl-dataset-edit-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslatePipe,
    FieldErrorPipe,
    ModelDatasetPicker,
  ],
  templateUrl: './dataset-edit-dialog.html',
  styleUrl: './dataset-edit-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetEditDialog {
  private readonly data = inject<DatasetEditDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DatasetEditDialog, DatasetEditDialogResult>>(MatDialogRef);
  private readonly datasets = inject(DatasetsService);
  protected readonly i18n = inject(I18nService);
  protected readonly dataset = this.data.dataset;

  protected readonly departmentOptions = flattenDepartmentTree(buildDepartmentTree(this.data.departments));
  protected readonly teamMembers = toSignal(
    inject(TeamMembersService)
      .list()
      .pipe(catchError(() => EMPTY)),
    { initialValue: [] },
  );
  protected readonly licenses = LICENSE_KEYS;
  protected readonly themes = DATA_THEMES;
  protected readonly frequencies = FREQUENCIES;
  protected readonly classifications = DATASET_CLASSIFICATIONS;
  protected readonly licenseLabel = licenseLabel;
  protected readonly themeLabel = themeLabel;
  protected readonly frequencyLabel = frequencyLabel;
  protected readonly classificationLabel = classificationLabel;
  protected readonly separators = [ENTER, COMMA] as const;

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [this.dataset.title, [Validators.required, Validators.minLength(2), Validators.maxLength(300)]],
    description: [this.dataset.description ?? '', [Validators.maxLength(10_000)]],
    departmentId: [this.dataset.departmentId, [Validators.required]],
    ownerUserId: [this.dataset.ownerUserId],
    sourceSystem: [this.dataset.sourceSystem ?? '', [Validators.maxLength(300)]],
    formats: [[...this.dataset.formats]],
    accrualPeriodicity: [this.dataset.accrualPeriodicity as Frequency | null],
    license: [this.dataset.license as License | null],
    attributionText: [this.dataset.attributionText ?? '', [Validators.maxLength(1000)]],
    containsPersonalData: [this.dataset.containsPersonalData],
    classification: [this.dataset.classification as DatasetClassification],
    plannedPublicationDate: [dateValue(this.dataset.plannedPublicationDate)],
    portalUrl: [this.dataset.portalUrl ?? '', [httpUrl, Validators.maxLength(500)]],
    portalId: [this.dataset.portalId ?? '', [Validators.maxLength(200)]],
    keywords: [[...this.dataset.keywords]],
    themes: [[...this.dataset.themes] as DataTheme[]],
    contactPointName: [this.dataset.contactPointName ?? '', [Validators.maxLength(300)]],
    contactPointEmail: [this.dataset.contactPointEmail ?? '', [Validators.email, Validators.maxLength(300)]],
    temporalStart: [dateValue(this.dataset.temporalStart)],
    temporalEnd: [dateValue(this.dataset.temporalEnd)],
    landingPage: [this.dataset.landingPage ?? '', [httpUrl, Validators.maxLength(500)]],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);
  /** Whether the chosen licence asks for the "Namensnennung" text (then it is required). */
  protected readonly needsAttribution = signal(this.attributionNeeded(this.dataset.license));

  protected readonly modelDataset = signal<ModelDatasetChoice | null>(
    this.dataset.modelDatasetId
      ? { id: this.dataset.modelDatasetId, name: this.dataset.modelDatasetName ?? '' }
      : null,
  );
  /** What the model dataset suggestions follow: the title, unless the user searches for something else. */
  protected readonly modelSearch = new FormControl(this.dataset.title, { nonNullable: true });
  protected readonly modelQuery = toSignal(this.modelSearch.valueChanges, {
    initialValue: this.dataset.title,
  });

  constructor() {
    this.applyAttributionRule(this.dataset.license);
    this.form.controls.license.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((license) => this.applyAttributionRule(license));
  }

  protected addTo(control: 'keywords' | 'formats', event: MatChipInputEvent): void {
    const raw = event.value.trim();
    // Formats are written in capitals (CSV, GEOJSON) so that the same one is not listed twice.
    const value = control === 'formats' ? raw.toUpperCase() : raw;
    const values = this.form.controls[control].value;
    if (value && !values.includes(value)) this.form.controls[control].setValue([...values, value]);
    event.chipInput.clear();
  }

  protected removeFrom(control: 'keywords' | 'formats', value: string): void {
    const values = this.form.controls[control].value;
    this.form.controls[control].setValue(values.filter((candidate) => candidate !== value));
  }

  request(): UpdateDatasetRequest {
    return updateRequestOf(this.dataset, this.form.getRawValue(), this.modelDataset()?.id ?? null);
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request = this.request();
    if (Object.keys(request).length === 1) {
      this.dialogRef.close();
      return;
    }
    this.submission.begin();
    this.datasets.update(this.dataset.id, request).subscribe({
      next: (dataset) => this.dialogRef.close({ kind: 'saved', dataset }),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.dialogRef.close({ kind: 'stale' });
          return;
        }
        this.submission.fail(error);
      },
    });
  }

  private attributionNeeded(license: License | null): boolean {
    return license !== null && licenseNeedsAttribution(license);
  }

  private applyAttributionRule(license: License | null): void {
    const needed = this.attributionNeeded(license);
    this.needsAttribution.set(needed);
    const control = this.form.controls.attributionText;
    control.setValidators(
      needed ? [Validators.required, Validators.maxLength(1000)] : [Validators.maxLength(1000)],
    );
    control.updateValueAndValidity({ emitEvent: false });
  }
}
