import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroupDirective,
  NgForm,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  DELIVERY_METHODS,
  DeliveryAgreementDto,
  DeliveryMethod,
  DeliverySchedule,
  SCHEDULE_KINDS,
  ScheduleKind,
  UpsertDeliveryAgreementRequest,
  rruleError,
  upcomingDueDates,
} from '@datenlotse/contracts';
import { catchError, map, of, startWith } from 'rxjs';
import { ContactsService } from '../contacts/contacts.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { fromIsoDate, provideLocalizedDates, toIsoDate } from '../tasks/localized-date-adapter';
import { DeliveriesService } from './deliveries.service';
import { SCHEDULE_KIND_LABELS, formatDay, methodLabel, todayIso } from './delivery-wording';

export interface AgreementDialogData {
  datasetId: string;
  /** The dataset's department: its contacts are offered. */
  departmentId: string;
  /** Set when changing. */
  agreement: DeliveryAgreementDto | null;
}

/** The saved agreement; 'stale' when someone else changed it meanwhile (the page reads it again). */
export type AgreementDialogResult = DeliveryAgreementDto | 'stale';

/** How many due dates the preview shows. */
const PREVIEW_COUNT = 5;

/** A custom schedule needs a rule that recurrence.ts reads; the other kinds ignore the field. */
function rruleValidator(control: AbstractControl<string>): ValidationErrors | null {
  if (control.parent?.get('kind')?.value !== 'rrule') return null;
  const rule = control.value.trim();
  if (!rule) return { required: true };
  const problem = rruleError(rule);
  return problem ? { rrule: problem } : null;
}

/** Shows the rule's problem while it is typed, not only after leaving the field. */
class WhileTyping implements ErrorStateMatcher {
  isErrorState(control: FormControl | null, form: FormGroupDirective | NgForm | null): boolean {
    return !!control?.invalid && (control.dirty || control.touched || !!form?.submitted);
  }
}

/** Sets up or changes a dataset's delivery agreement, with a preview of the next due dates. */
@Component({
  selector: 'dl-agreement-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatRadioModule,
    MatDatepickerModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  providers: [provideLocalizedDates()],
  templateUrl: './agreement-dialog.html',
  styleUrl: './agreement-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementDialog {
  private readonly data = inject<AgreementDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<AgreementDialog, AgreementDialogResult>>(MatDialogRef);
  private readonly deliveries = inject(DeliveriesService);
  protected readonly i18n = inject(I18nService);

  protected readonly edited = this.data.agreement;
  protected readonly methods = DELIVERY_METHODS;
  protected readonly methodLabel = methodLabel;
  protected readonly kinds = SCHEDULE_KINDS;
  protected readonly kindLabels = SCHEDULE_KIND_LABELS;
  protected readonly whileTyping = new WhileTyping();

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    contactId: [this.edited?.contactId ?? (null as string | null)],
    method: [this.edited?.method ?? ('email' as DeliveryMethod), [Validators.required]],
    format: [this.edited?.format ?? '', [Validators.maxLength(200)]],
    schedule: this.fb.group({
      kind: [this.edited?.schedule.kind ?? ('monthly' as ScheduleKind), [Validators.required]],
      startDate: [fromIsoDate(this.edited?.schedule.startDate ?? null), [Validators.required]],
      rrule: [this.edited?.schedule.rrule ?? '', [rruleValidator]],
    }),
    note: [this.edited?.note ?? '', [Validators.maxLength(10_000)]],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  /** The department's contacts (erased ones cannot be picked), plus the agreed one if it is no longer listed. */
  protected readonly contacts = toSignal(
    inject(ContactsService)
      .list({ departmentId: this.data.departmentId, sort: 'name', limit: 200 })
      .pipe(
        map((page) => page.items.flatMap((c) => (c.name === null ? [] : [{ id: c.id, name: c.name }]))),
        map((listed) => {
          const agreed = this.edited;
          const missing =
            agreed?.contactId && !listed.some((contact) => contact.id === agreed.contactId)
              ? [{ id: agreed.contactId, name: agreed.contactName ?? '—' }]
              : [];
          return [...missing, ...listed];
        }),
        catchError(() => of([])),
      ),
  );

  private readonly schedule = toSignal(
    this.form.controls.schedule.valueChanges.pipe(
      startWith(null),
      map(() => this.form.controls.schedule.getRawValue()),
    ),
    { initialValue: this.form.controls.schedule.getRawValue() },
  );
  protected readonly kind = computed(() => this.schedule().kind);
  /** The rule's problem in the reader's words, or '' while it is fine. */
  protected readonly rruleProblem = computed(() => {
    const { kind, rrule } = this.schedule();
    const problem = kind === 'rrule' && rrule.trim() ? rruleError(rrule.trim()) : null;
    return problem ? this.i18n.t('agreementDialog.rruleInvalid', { detail: problem }) : '';
  });
  /** The next due dates from today, as the API will compute them; null while the schedule is incomplete. */
  protected readonly preview = computed<string[] | null>(() => {
    const { kind, startDate, rrule } = this.schedule();
    if (!startDate || Number.isNaN(startDate.getTime())) return null;
    const schedule: DeliverySchedule = { kind, startDate: toIsoDate(startDate) };
    if (kind === 'rrule') {
      const rule = rrule.trim();
      if (!rule || rruleError(rule)) return null;
      schedule.rrule = rule;
    }
    return upcomingDueDates(schedule, todayIso(), PREVIEW_COUNT).map((day) => formatDay(this.i18n, day));
  });

  constructor() {
    // The rule's validity depends on the kind: re-check it when the kind changes.
    const { kind, rrule } = this.form.controls.schedule.controls;
    kind.valueChanges.subscribe(() => rrule.updateValueAndValidity());
  }

  protected dateError(control: AbstractControl): string {
    return control.hasError('matDatepickerParse') ? this.i18n.t('interactionDialog.invalidDate') : '';
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submission.begin();
    this.deliveries.saveAgreement(this.data.datasetId, this.request()).subscribe({
      next: (agreement) => this.dialogRef.close(agreement),
      error: (error: unknown) => {
        // Someone else changed it: the interceptor says so; the page reads the current agreement.
        if (error instanceof HttpErrorResponse && error.status === 409) this.dialogRef.close('stale');
        else this.submission.fail(error);
      },
    });
  }

  request(): UpsertDeliveryAgreementRequest {
    const value = this.form.getRawValue();
    const startDate = value.schedule.startDate as Date;
    const schedule: DeliverySchedule = { kind: value.schedule.kind, startDate: toIsoDate(startDate) };
    schedule.rrule = value.schedule.kind === 'rrule' ? value.schedule.rrule.trim() : null;
    const request: UpsertDeliveryAgreementRequest = {
      contactId: value.contactId,
      method: value.method,
      format: optionalText(value.format),
      schedule,
      note: optionalText(value.note),
    };
    if (this.edited) request.version = this.edited.version;
    return request;
  }
}
