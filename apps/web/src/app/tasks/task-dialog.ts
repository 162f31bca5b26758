import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CreateTaskRequest, TaskDto, TaskLinkEntity, UpdateTaskRequest } from '@datenlotse/contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { ContactsService } from '../contacts/contacts.service';
import { DepartmentsService } from '../core/departments.service';
import { SessionService } from '../core/session.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TeamMembersService } from '../organisation/team-members.service';
import { buildDepartmentTree, flattenDepartmentTree } from '../shared/department-tree';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { fromIsoDate, provideLocalizedDates, toIsoDate } from './localized-date-adapter';
import { TasksService } from './tasks.service';
import { optionalText } from '../shared/form-values';

export interface TaskDialogData {
  /** Set when editing. */
  task?: TaskDto;
  /** A new task about this department (from its page). */
  departmentId?: string;
}

interface TaskLink {
  linkEntity: TaskLinkEntity | null;
  linkId: string | null;
}

/** Creates or edits a follow-up task; closes with the saved task. */
@Component({
  selector: 'dl-task-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatDatepickerModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  providers: [provideLocalizedDates()],
  templateUrl: './task-dialog.html',
  styleUrl: '../timeline/interaction-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskDialog {
  private readonly data = inject<TaskDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<TaskDialog, TaskDto>>(MatDialogRef);
  private readonly tasks = inject(TasksService);
  private readonly contactsService = inject(ContactsService);
  private readonly i18n = inject(I18nService);
  private readonly me = inject(SessionService).user();

  protected readonly edited = this.data.task ?? null;
  /** A task about an interaction keeps that link unless the user picks another record. */
  protected readonly interactionLink = this.edited?.linkEntity === 'interaction' ? this.edited : null;

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [this.edited?.title ?? '', [Validators.required, Validators.maxLength(300)]],
    notes: [this.edited?.notes ?? '', [Validators.maxLength(10_000)]],
    dueAt: [fromIsoDate(this.edited?.dueAt ?? null)],
    assigneeUserId: [this.edited ? this.edited.assigneeUserId : (this.me?.id ?? null)],
    departmentId: [this.edited ? this.edited.departmentId : (this.data.departmentId ?? null)],
    contactId: [this.edited?.linkEntity === 'contact' ? this.edited.linkId : (null as string | null)],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  protected readonly teamMembers = toSignal(
    inject(TeamMembersService)
      .list()
      .pipe(catchError(() => of([]))),
  );
  protected readonly departmentOptions = toSignal(
    inject(DepartmentsService)
      .list()
      .pipe(
        map((departments) => flattenDepartmentTree(buildDepartmentTree(departments))),
        catchError(() => of([])),
      ),
  );
  private readonly departmentId = toSignal(
    this.form.controls.departmentId.valueChanges.pipe(startWith(this.form.controls.departmentId.value)),
  );
  /** The contacts of the chosen department, to narrow the link down to a person. */
  protected readonly contacts = toSignal(
    toObservable(this.departmentId).pipe(
      switchMap((departmentId) =>
        departmentId
          ? this.contactsService.list({ departmentId, sort: 'name', limit: 100 }).pipe(
              map((page) => page.items.filter((contact) => contact.name !== null)),
              catchError(() => of([])),
            )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );
  protected readonly hasDepartment = computed(() => !!this.departmentId());

  constructor() {
    // A contact belongs to one department: choosing another unit drops it.
    this.form.controls.departmentId.valueChanges.subscribe(() => this.form.controls.contactId.setValue(null));
  }

  protected dueError(control: AbstractControl): string {
    return control.hasError('matDatepickerParse') ? this.i18n.t('interactionDialog.invalidDate') : '';
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (!this.form.controls.title.value.trim()) this.form.controls.title.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request = this.edited ? this.updateRequest(this.edited) : this.createRequest();
    if (!request) {
      this.dialogRef.close();
      return;
    }
    this.submission.begin();
    const saved = this.edited
      ? this.tasks.update(this.edited.id, request as UpdateTaskRequest)
      : this.tasks.create(request as CreateTaskRequest);
    saved.subscribe({
      next: (task) => this.dialogRef.close(task),
      error: (error: unknown) => this.submission.fail(error),
    });
  }

  createRequest(): CreateTaskRequest {
    const value = this.form.getRawValue();
    return {
      title: value.title.trim(),
      notes: optionalText(value.notes),
      dueAt: value.dueAt ? toIsoDate(value.dueAt) : null,
      assigneeUserId: value.assigneeUserId,
      ...this.link(),
    };
  }

  /** `version` and the fields that changed; null when nothing did. */
  updateRequest(task: TaskDto): UpdateTaskRequest | null {
    const value = this.form.getRawValue();
    const request: UpdateTaskRequest = { version: task.version };
    const title = value.title.trim();
    if (title !== task.title) request.title = title;
    const notes = optionalText(value.notes);
    if (notes !== task.notes) request.notes = notes;
    const dueAt = value.dueAt ? toIsoDate(value.dueAt) : null;
    if (dueAt !== task.dueAt) request.dueAt = dueAt;
    if (value.assigneeUserId !== task.assigneeUserId) request.assigneeUserId = value.assigneeUserId;
    const link = this.link();
    if (link.linkEntity !== task.linkEntity || link.linkId !== task.linkId) Object.assign(request, link);
    return Object.keys(request).length > 1 ? request : null;
  }

  /** The most precise record picked: the contact, else the department (or the interaction it was about). */
  private link(): TaskLink {
    const { departmentId, contactId } = this.form.getRawValue();
    if (contactId) return { linkEntity: 'contact', linkId: contactId };
    const interaction = this.interactionLink;
    if (interaction && departmentId === interaction.departmentId) {
      return { linkEntity: 'interaction', linkId: interaction.linkId };
    }
    if (departmentId) return { linkEntity: 'department', linkId: departmentId };
    return { linkEntity: null, linkId: null };
  }
}
