import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { InterviewDto, SendInterviewInvitationRequest } from '@datenlotse/contracts';
import { catchError, map, of } from 'rxjs';
import { ContactsService } from '../contacts/contacts.service';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { interviewWhen } from './interview-wording';
import { InterviewsService } from './interviews.service';

/** Why the dialog opens: right after planning, after the time or place changed, or from the interview's page. */
export type InvitationOccasion = 'planned' | 'rescheduled' | 'manual';

export interface InvitationDialogData {
  interview: InterviewDto;
  occasion: InvitationOccasion;
}

const INTROS: Readonly<Record<InvitationOccasion, TranslationKey>> = {
  planned: 'interviewInvitation.introPlanned',
  rescheduled: 'interviewInvitation.introRescheduled',
  manual: 'interviewInvitation.intro',
};

interface Recipient {
  id: string;
  name: string;
  email: string | null;
}

/**
 * Sends the invitation mail (with an ICS calendar entry) to the invited contacts, listing who gets it and who
 * has no address; closes with the interview (its `invitationSentAt` set).
 */
@Component({
  selector: 'dl-invitation-dialog',
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
    <h2 mat-dialog-title>{{ 'interviewInvitation.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">
          {{ intro | t: { when: when, date: i18n.formatDateTime(interview.invitationSentAt) } }}
        </p>
        @if (submission.problems().length > 0) {
          <div class="problems" role="alert">
            @for (problem of submission.problems(); track $index) {
              <p>{{ problem }}</p>
            }
          </div>
        }
        <h3 class="recipients-title">{{ 'interviewInvitation.recipients' | t }}</h3>
        @if (recipients(); as recipients) {
          <ul class="recipients">
            @for (recipient of recipients; track recipient.id) {
              <li>
                <span class="name">{{ recipient.name }}</span>
                @if (recipient.email) {
                  <span class="meta">{{ recipient.email }}</span>
                } @else {
                  <span class="meta no-mail">{{ 'interviewInvitation.noEmail' | t }}</span>
                }
              </li>
            }
          </ul>
          @if (reachable() === 0) {
            <p class="problems" role="alert">{{ 'interviewInvitation.nobody' | t }}</p>
          }
        }
        <div class="fields">
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'interviewInvitation.agenda' | t }}</mat-label>
            <textarea matInput formControlName="agenda" rows="3"></textarea>
            <mat-hint>{{ 'interviewInvitation.agendaHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.agenda | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ (data.occasion === 'manual' ? 'app.cancel' : 'interviewInvitation.later') | t }}
        </button>
        <button mat-flat-button type="submit" [disabled]="submission.submitting() || reachable() === 0">
          {{ 'interviewInvitation.send' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './invitation-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationDialog {
  protected readonly data = inject<InvitationDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<InvitationDialog, InterviewDto>>(MatDialogRef);
  private readonly interviews = inject(InterviewsService);
  protected readonly i18n = inject(I18nService);

  protected readonly interview = this.data.interview;
  protected readonly intro = INTROS[this.data.occasion];
  protected readonly when = interviewWhen(this.i18n, this.interview);
  protected readonly form = inject(NonNullableFormBuilder).group({
    agenda: ['', [Validators.maxLength(4000)]],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  /** The invitees with their addresses (the interview names them; the unit's contacts know the addresses). */
  protected readonly recipients = toSignal(
    inject(ContactsService)
      .list({ departmentId: this.interview.departmentId, sort: 'name', limit: 200 })
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
        map((contacts): Recipient[] =>
          this.interview.invitees.map((invitee) => ({
            id: invitee.id,
            name: invitee.name ?? this.i18n.t('timeline.formerContact'),
            email: contacts.find((contact) => contact.id === invitee.id)?.email ?? null,
          })),
        ),
      ),
  );
  /** How many will get the mail; undefined while the addresses load (sending is allowed meanwhile). */
  protected readonly reachable = computed(() => this.recipients()?.filter((r) => r.email !== null).length);

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request: SendInterviewInvitationRequest = {};
    const agenda = optionalText(this.form.controls.agenda.value);
    if (agenda) request.agenda = agenda;
    this.submission.begin();
    this.interviews.sendInvitation(this.interview.id, request).subscribe({
      next: (interview) => this.dialogRef.close(interview),
      error: (error: unknown) => this.submission.fail(error),
    });
  }
}
