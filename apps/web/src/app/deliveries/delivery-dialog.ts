import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatTimepickerModule } from '@angular/material/timepicker';
import {
  CreateDeliveryRequest,
  DeliveryDto,
  QualityCheck,
  UpdateDeliveryRequest,
} from '@datenlotse/contracts';
import { Observable, startWith } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { provideLocalizedDates } from '../tasks/localized-date-adapter';
import { DeliveriesService } from './deliveries.service';
import { datasetStageLabel } from './delivery-wording';

export type DeliveryDialogData =
  /** A delivery arrived: record it (its check may follow later). */
  | { mode: 'record'; datasetId: string }
  /** The check of a delivery recorded earlier. */
  | { mode: 'check'; delivery: DeliveryDto };

/** The saved delivery; 'stale' when it was changed elsewhere meanwhile (the page reads the list again). */
export type DeliveryDialogResult = DeliveryDto | 'stale';

type CheckChoice = QualityCheck | 'pending';

/** The API takes a receipt up to a few minutes ahead of its clock (a client's clock may run fast). */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A delivery records what arrived: not a time to come. */
function notInFuture(control: AbstractControl<Date | null>): ValidationErrors | null {
  const value = control.value;
  return value instanceof Date && value.getTime() > Date.now() + CLOCK_SKEW_MS ? { notInFuture: true } : null;
}

/** A failed check must say what is wrong with the data. */
function findingsWhenFailed(control: AbstractControl<string>): ValidationErrors | null {
  return control.parent?.get('qualityCheck')?.value === 'failed' && !control.value.trim()
    ? { required: true }
    : null;
}

/** Records a delivery (received at, file or URL, checksum, note, check), or the check of one. */
@Component({
  selector: 'dl-delivery-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatDatepickerModule,
    MatTimepickerModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  providers: [provideLocalizedDates()],
  templateUrl: './delivery-dialog.html',
  styleUrl: './delivery-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeliveryDialog {
  protected readonly data = inject<DeliveryDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DeliveryDialog, DeliveryDialogResult>>(MatDialogRef);
  private readonly deliveries = inject(DeliveriesService);
  protected readonly i18n = inject(I18nService);

  protected readonly checkOnly = this.data.mode === 'check';
  /** Where a failed check sends the dataset (DATASET_TRANSITIONS: back to awaiting a new delivery). */
  protected readonly failedStage = datasetStageLabel('delivery_scheduled');
  protected readonly choices: readonly CheckChoice[] = this.checkOnly
    ? ['passed', 'failed']
    : ['pending', 'passed', 'failed'];
  protected readonly choiceLabels = {
    pending: 'deliveryDialog.qualityPending',
    passed: 'deliveryDialog.qualityPassed',
    failed: 'deliveryDialog.qualityFailed',
  } as const;

  protected readonly form = inject(NonNullableFormBuilder).group({
    receivedAt: [new Date() as Date | null, [Validators.required, notInFuture]],
    fileName: ['', [Validators.maxLength(500)]],
    url: ['', [Validators.maxLength(2000)]],
    checksum: ['', [Validators.maxLength(200)]],
    note: ['', [Validators.maxLength(10_000)]],
    qualityCheck: [(this.checkOnly ? 'passed' : 'pending') as CheckChoice, [Validators.required]],
    qualityNote: ['', [Validators.maxLength(10_000), findingsWhenFailed]],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);
  protected readonly check = toSignal(
    this.form.controls.qualityCheck.valueChanges.pipe(startWith(this.form.controls.qualityCheck.value)),
    { initialValue: this.form.controls.qualityCheck.value },
  );

  constructor() {
    const { qualityCheck, qualityNote } = this.form.controls;
    qualityCheck.valueChanges.subscribe(() => qualityNote.updateValueAndValidity());
    if (this.checkOnly) {
      // Only the check is asked for; the receipt is recorded already.
      for (const name of ['receivedAt', 'fileName', 'url', 'checksum', 'note'] as const) {
        this.form.controls[name].disable();
      }
    }
  }

  protected receivedDate(): string {
    return this.data.mode === 'check' ? this.i18n.formatDateTime(this.data.delivery.receivedAt) : '';
  }

  protected dateError(control: AbstractControl): string {
    if (control.hasError('matDatepickerParse')) return this.i18n.t('interactionDialog.invalidDate');
    if (control.hasError('matTimepickerParse')) return this.i18n.t('interactionDialog.invalidTime');
    if (control.hasError('notInFuture')) return this.i18n.t('validation.notInFuture');
    return '';
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submission.begin();
    const saved: Observable<DeliveryDto> =
      this.data.mode === 'check'
        ? this.deliveries.check(this.data.delivery.id, this.checkRequest(this.data.delivery))
        : this.deliveries.record(this.data.datasetId, this.recordRequest());
    saved.subscribe({
      next: (delivery) => this.dialogRef.close(delivery),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) this.dialogRef.close('stale');
        else this.submission.fail(error);
      },
    });
  }

  recordRequest(): CreateDeliveryRequest {
    const value = this.form.getRawValue();
    const check = value.qualityCheck === 'pending' ? null : value.qualityCheck;
    return {
      receivedAt: (value.receivedAt as Date).toISOString(),
      fileName: optionalText(value.fileName),
      url: optionalText(value.url),
      checksum: optionalText(value.checksum),
      note: optionalText(value.note),
      qualityCheck: check,
      qualityNote: check ? optionalText(value.qualityNote) : null,
    };
  }

  checkRequest(delivery: DeliveryDto): UpdateDeliveryRequest {
    const value = this.form.getRawValue();
    return {
      version: delivery.version,
      qualityCheck: value.qualityCheck === 'failed' ? 'failed' : 'passed',
      qualityNote: optionalText(value.qualityNote),
    };
  }
}
