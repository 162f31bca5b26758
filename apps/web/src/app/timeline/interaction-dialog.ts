import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
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
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTimepickerModule } from '@angular/material/timepicker';
import {
  CreateInteractionRequest,
  INTERACTION_TYPES,
  InteractionDto,
  InteractionType,
  UpdateInteractionRequest,
} from '@datenlotse/contracts';
import { catchError, map, of } from 'rxjs';
import { ContactsService } from '../contacts/contacts.service';
import { SessionService } from '../core/session.service';
import { AppIcons } from '../core/icons';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TeamMembersService } from '../organisation/team-members.service';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { provideLocalizedDates } from '../tasks/localized-date-adapter';
import { interactionTypeLabel } from './interaction-labels';
import { TimelineService } from './timeline.service';
import { INTERACTION_ICONS, WorkIcons } from './work-icons';

export interface InteractionDialogData {
  departmentId: string;
  /** Set when editing. */
  interaction?: InteractionDto;
}

/** The API takes interactions up to a day ahead: they record what happened, plans are tasks. */
const MAX_AHEAD_MS = 24 * 60 * 60 * 1000;

function notFarAhead(control: AbstractControl<Date | null>): ValidationErrors | null {
  const value = control.value;
  return value instanceof Date && value.getTime() > Date.now() + MAX_AHEAD_MS ? { tooFarAhead: true } : null;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Logs an interaction with a department (or edits one); closes with the saved interaction. */
@Component({
  selector: 'dl-interaction-dialog',
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
  templateUrl: './interaction-dialog.html',
  styleUrl: './interaction-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InteractionDialog {
  protected readonly data = inject<InteractionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<InteractionDialog, InteractionDto>>(MatDialogRef);
  private readonly timeline = inject(TimelineService);
  private readonly i18n = inject(I18nService);
  private readonly me = inject(SessionService).user();

  protected readonly types = INTERACTION_TYPES;
  protected readonly typeLabel = interactionTypeLabel;
  protected readonly icons = INTERACTION_ICONS;
  protected readonly edited = this.data.interaction ?? null;

  /** The department's contacts that can still take part (erased ones cannot be picked again). */
  protected readonly contacts = toSignal(
    inject(ContactsService)
      .list({ departmentId: this.data.departmentId, sort: 'name', limit: 100 })
      .pipe(
        map((page) => page.items.filter((contact) => contact.name !== null)),
        catchError(() => of([])),
      ),
  );
  protected readonly teamMembers = toSignal(
    inject(TeamMembersService)
      .list()
      .pipe(catchError(() => of([]))),
  );
  /** Participants already on the entry whom the pickers no longer offer (an erased contact, a former member). */
  protected readonly missingContacts = computed(() => this.missing(this.edited?.contacts, this.contacts()));
  protected readonly missingUsers = computed(() => this.missing(this.edited?.users, this.teamMembers()));

  protected readonly form = inject(NonNullableFormBuilder).group({
    type: [this.edited?.type ?? ('meeting' as InteractionType), [Validators.required]],
    occurredAt: [
      this.edited ? new Date(this.edited.occurredAt) : (new Date() as Date | null),
      [Validators.required, notFarAhead],
    ],
    summary: [this.edited?.summary ?? '', [Validators.required, Validators.maxLength(10_000)]],
    contactIds: [this.edited?.contacts.map((contact) => contact.id) ?? ([] as string[])],
    userIds: [this.edited?.users.map((user) => user.id) ?? (this.me ? [this.me.id] : [])],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
  }

  protected dateError(control: AbstractControl): string {
    if (control.hasError('matDatepickerParse')) return this.i18n.t('interactionDialog.invalidDate');
    if (control.hasError('matTimepickerParse')) return this.i18n.t('interactionDialog.invalidTime');
    if (control.hasError('tooFarAhead')) return this.i18n.t('interactionDialog.tooFarAhead');
    return '';
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid || !this.form.controls.summary.value.trim()) {
      if (!this.form.controls.summary.value.trim()) this.form.controls.summary.setErrors({ required: true });
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
      ? this.timeline.update(this.edited.id, request as UpdateInteractionRequest)
      : this.timeline.create(request as CreateInteractionRequest);
    saved.subscribe({
      next: (interaction) => this.dialogRef.close(interaction),
      error: (error: unknown) => this.submission.fail(error),
    });
  }

  createRequest(): CreateInteractionRequest {
    const value = this.form.getRawValue();
    return {
      type: value.type,
      occurredAt: (value.occurredAt ?? new Date()).toISOString(),
      summary: value.summary.trim(),
      departmentIds: [this.data.departmentId],
      contactIds: value.contactIds,
      userIds: value.userIds,
    };
  }

  /** `version` and the fields that changed; null when nothing did. */
  updateRequest(interaction: InteractionDto): UpdateInteractionRequest | null {
    const value = this.form.getRawValue();
    const request: UpdateInteractionRequest = { version: interaction.version };
    if (value.type !== interaction.type) request.type = value.type;
    const occurredAt = value.occurredAt ?? new Date(interaction.occurredAt);
    if (occurredAt.getTime() !== new Date(interaction.occurredAt).getTime()) {
      request.occurredAt = occurredAt.toISOString();
    }
    const summary = value.summary.trim();
    if (summary !== interaction.summary) request.summary = summary;
    const contactIds = interaction.contacts.map((contact) => contact.id);
    if (!sameMembers(value.contactIds, contactIds)) request.contactIds = value.contactIds;
    const userIds = interaction.users.map((user) => user.id);
    if (!sameMembers(value.userIds, userIds)) request.userIds = value.userIds;
    return Object.keys(request).length > 1 ? request : null;
  }

  private missing(
    selected: readonly { id: string; name: string | null }[] | undefined,
    offered: readonly { id: string }[] | undefined,
  ): { id: string; name: string }[] {
    if (!selected || !offered) return [];
    return selected
      .filter((participant) => !offered.some((option) => option.id === participant.id))
      .map((participant) => ({
        id: participant.id,
        name: participant.name ?? this.i18n.t('timeline.formerContact'),
      }));
  }
}
