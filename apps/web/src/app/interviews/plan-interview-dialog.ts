import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTimepickerModule } from '@angular/material/timepicker';
import {
  CreateInterviewRequest,
  InterviewDto,
  QuestionnaireTemplateDto,
  UpdateInterviewRequest,
} from '@datenlotse/contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { ContactsService } from '../contacts/contacts.service';
import { DepartmentsService } from '../core/departments.service';
import { SessionService } from '../core/session.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { httpUrl } from '../organisation/department-dialog';
import { TeamMembersService } from '../organisation/team-members.service';
import { buildDepartmentTree, flattenDepartmentTree } from '../shared/department-tree';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { provideLocalizedDates } from '../tasks/localized-date-adapter';
import { InterviewsService } from './interviews.service';

export interface PlanInterviewDialogData {
  /** The unit the interview is planned for (the department page, a filtered list); the user may change it. */
  departmentId?: string;
  /** Set when changing the plan. */
  interview?: InterviewDto;
}

export type PlanInterviewDialogResult =
  /** `rescheduled`: the invitation went out before and the time or place changed since. */
  | { kind: 'saved'; interview: InterviewDto; rescheduled: boolean }
  /** Someone else changed the interview meanwhile (409): the page reads it again. */
  | { kind: 'stale' };

/** The lengths offered; the three parts take about ninety minutes. */
const DURATIONS = [30, 45, 60, 90, 120, 180];
const DEFAULT_DURATION = 90;

export interface ContactChoice {
  id: string;
  name: string;
  title: string | null;
  isHead: boolean;
  email: string | null;
}

export interface VersionChoice {
  id: string;
  name: string;
  number: number;
  /** The version new interviews get when none is chosen: the default questionnaire's newest published one. */
  isDefault: boolean;
}

/** Published versions, the default questionnaire's first, newest first; a draft cannot be run. */
export function versionChoices(templates: readonly QuestionnaireTemplateDto[]): VersionChoice[] {
  return [...templates]
    .filter((template) => !template.archivedAt)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault))
    .flatMap((template) =>
      template.versions
        .filter((version) => version.status === 'published')
        .sort((a, b) => b.number - a.number)
        .map((version, index) => ({
          id: version.id,
          name: template.name,
          number: version.number,
          isDefault: template.isDefault && index === 0,
        })),
    );
}

/** A day from the date field at the time from the time field, in local time. */
function combine(day: Date, time: Date): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), time.getHours(), time.getMinutes());
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** "Interview planen" (or changing the plan): unit, time, place, who comes, which questionnaire. */
@Component({
  selector: 'dl-plan-interview-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatIconModule,
    MatDatepickerModule,
    MatTimepickerModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  providers: [provideLocalizedDates()],
  templateUrl: './plan-interview-dialog.html',
  styleUrl: './plan-interview-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanInterviewDialog {
  private readonly data = inject<PlanInterviewDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<PlanInterviewDialog, PlanInterviewDialogResult>>(MatDialogRef);
  private readonly interviews = inject(InterviewsService);
  private readonly contactsService = inject(ContactsService);
  protected readonly i18n = inject(I18nService);
  private readonly me = inject(SessionService).user();

  protected readonly edited = this.data.interview ?? null;
  private readonly start = this.edited ? new Date(this.edited.scheduledAt) : null;

  protected readonly form = inject(NonNullableFormBuilder).group({
    departmentId: [
      { value: this.edited?.departmentId ?? this.data.departmentId ?? '', disabled: !!this.edited },
      [Validators.required],
    ],
    scheduledAt: [this.start, [Validators.required]],
    // Meetings in city halls mostly start on the hour; 10:00 is a fair guess until someone picks a time.
    startTime: [this.start ?? new Date(2000, 0, 1, 10, 0), [Validators.required]],
    durationMinutes: [this.edited?.durationMinutes ?? DEFAULT_DURATION, [Validators.required]],
    location: [this.edited?.location ?? '', [Validators.maxLength(300)]],
    videoUrl: [this.edited?.videoUrl ?? '', [httpUrl, Validators.maxLength(2000)]],
    interviewerUserIds: [
      this.edited?.interviewers.map((person) => person.id) ?? (this.me ? [this.me.id] : []),
    ],
    inviteeContactIds: [this.edited?.invitees.map((person) => person.id) ?? ([] as string[])],
    templateVersionId: [this.edited?.templateVersionId ?? (null as string | null)],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  protected readonly durations = [
    ...new Set([...DURATIONS, this.edited?.durationMinutes ?? DEFAULT_DURATION]),
  ].sort((a, b) => a - b);

  protected readonly departmentOptions = toSignal(
    inject(DepartmentsService)
      .list()
      .pipe(
        map((departments) => flattenDepartmentTree(buildDepartmentTree(departments))),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  protected readonly teamMembers = toSignal(
    inject(TeamMembersService)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  /** Interviewers on the plan whom the picker no longer offers (a former team member). */
  protected readonly missingInterviewers = computed(() =>
    (this.edited?.interviewers ?? []).filter(
      (person) => !this.teamMembers().some((member) => member.id === person.id),
    ),
  );

  /** The chosen unit's contacts who can be invited (erased ones cannot); undefined while they load. */
  protected readonly contacts = toSignal(
    this.form.controls.departmentId.valueChanges.pipe(
      startWith(this.form.controls.departmentId.value),
      switchMap((departmentId) =>
        departmentId
          ? this.contactsService.list({ departmentId, sort: 'name', limit: 200 }).pipe(
              map((page) =>
                page.items.flatMap((contact): ContactChoice[] =>
                  contact.name === null
                    ? []
                    : [
                        {
                          id: contact.id,
                          name: contact.name,
                          title: contact.title,
                          isHead: contact.isHead,
                          email: contact.email,
                        },
                      ],
                ),
              ),
              catchError(() => of([])),
            )
          : of([]),
      ),
    ),
  );
  /** Invitees on the plan whom the picker no longer offers (erased since). */
  protected readonly missingInvitees = computed(() => {
    const offered = this.contacts();
    if (!offered) return [];
    return (this.edited?.invitees ?? [])
      .filter((person) => !offered.some((contact) => contact.id === person.id))
      .map((person) => ({ id: person.id, name: person.name ?? this.i18n.t('timeline.formerContact') }));
  });

  private readonly inviteeIds = toSignal(this.form.controls.inviteeContactIds.valueChanges, {
    initialValue: this.form.controls.inviteeContactIds.value,
  });
  /** The trigger names the invited people only; their roles and addresses are in the list. */
  protected readonly inviteeNames = computed(() => {
    const offered = [...(this.contacts() ?? []), ...this.missingInvitees()];
    return this.inviteeIds()
      .map((id) => offered.find((contact) => contact.id === id)?.name)
      .filter((name): name is string => !!name)
      .join(', ');
  });

  protected readonly versions = toSignal(
    this.interviews.questionnaires().pipe(
      map((templates) => {
        const choices = versionChoices(templates);
        const control = this.form.controls.templateVersionId;
        // A new interview starts with the default version, shown so that it can be changed.
        const preset = choices.find((choice) => choice.isDefault);
        if (!this.edited && control.value === null && preset) control.setValue(preset.id);
        const kept = this.edited;
        if (kept && !choices.some((choice) => choice.id === kept.templateVersionId)) {
          choices.push({
            id: kept.templateVersionId,
            name: kept.templateName,
            number: kept.templateVersionNumber,
            isDefault: false,
          });
        }
        return choices;
      }),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  constructor() {
    // The invited contacts belong to the unit: another unit, other people.
    this.form.controls.departmentId.valueChanges.subscribe(() =>
      this.form.controls.inviteeContactIds.setValue([]),
    );
  }

  protected timeError(control: AbstractControl): string {
    if (control.hasError('matDatepickerParse')) return this.i18n.t('interactionDialog.invalidDate');
    if (control.hasError('matTimepickerParse')) return this.i18n.t('interactionDialog.invalidTime');
    return '';
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const edited = this.edited;
    if (!edited) {
      this.submission.begin();
      this.interviews.create(this.createRequest()).subscribe({
        next: (interview) => this.dialogRef.close({ kind: 'saved', interview, rescheduled: false }),
        error: (error: unknown) => this.submission.fail(error),
      });
      return;
    }
    const request = this.updateRequest(edited);
    if (!request) {
      this.dialogRef.close();
      return;
    }
    const moved =
      request.scheduledAt !== undefined ||
      request.durationMinutes !== undefined ||
      request.location !== undefined ||
      request.videoUrl !== undefined;
    this.submission.begin();
    this.interviews.update(edited.id, request).subscribe({
      next: (interview) =>
        this.dialogRef.close({
          kind: 'saved',
          interview,
          rescheduled: moved && edited.invitationSentAt !== null,
        }),
      error: (error: unknown) => {
        // Someone else changed it: the interceptor says so; the page reads the current plan.
        if (error instanceof HttpErrorResponse && error.status === 409)
          this.dialogRef.close({ kind: 'stale' });
        else this.submission.fail(error);
      },
    });
  }

  /** The plan: the unit and time, plus only what was filled in. */
  createRequest(): CreateInterviewRequest {
    const value = this.form.getRawValue();
    const request: CreateInterviewRequest = {
      departmentId: value.departmentId,
      scheduledAt: this.scheduledAt().toISOString(),
      durationMinutes: value.durationMinutes,
      interviewerUserIds: value.interviewerUserIds,
      inviteeContactIds: value.inviteeContactIds,
    };
    const location = optionalText(value.location);
    if (location) request.location = location;
    const videoUrl = optionalText(value.videoUrl);
    if (videoUrl) request.videoUrl = videoUrl;
    if (value.templateVersionId) request.templateVersionId = value.templateVersionId;
    return request;
  }

  /** `version` and the fields that changed; null when nothing did. */
  updateRequest(interview: InterviewDto): UpdateInterviewRequest | null {
    const value = this.form.getRawValue();
    const request: UpdateInterviewRequest = { version: interview.version };
    const scheduledAt = this.scheduledAt();
    if (scheduledAt.getTime() !== new Date(interview.scheduledAt).getTime()) {
      request.scheduledAt = scheduledAt.toISOString();
    }
    if (value.durationMinutes !== interview.durationMinutes) request.durationMinutes = value.durationMinutes;
    const location = optionalText(value.location);
    if (location !== interview.location) request.location = location;
    const videoUrl = optionalText(value.videoUrl);
    if (videoUrl !== interview.videoUrl) request.videoUrl = videoUrl;
    const interviewers = interview.interviewers.map((person) => person.id);
    if (!sameIds(value.interviewerUserIds, interviewers))
      request.interviewerUserIds = value.interviewerUserIds;
    const invitees = interview.invitees.map((person) => person.id);
    if (!sameIds(value.inviteeContactIds, invitees)) request.inviteeContactIds = value.inviteeContactIds;
    if (value.templateVersionId && value.templateVersionId !== interview.templateVersionId) {
      request.templateVersionId = value.templateVersionId;
    }
    return Object.keys(request).length > 1 ? request : null;
  }

  private scheduledAt(): Date {
    const { scheduledAt, startTime } = this.form.getRawValue();
    return combine(scheduledAt as Date, startTime as Date);
  }
}
