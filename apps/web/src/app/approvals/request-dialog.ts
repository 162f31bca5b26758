import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ApprovalRequestDto, ContactDto, CreateApprovalRequest, DatasetDto } from '@datenlotse/contracts';
import { map } from 'rxjs';
import { ContactsService } from '../contacts/contacts.service';
import { loadable } from '../core/loadable';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { refusalMessage, refusalRule } from '../datasets/refusal';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { LoadState } from '../shared/load-state';
import { ApprovalsService } from './approvals.service';

export interface RequestDialogData {
  dataset: DatasetDto;
}

/** The team asks the department's head (preselected) to release a dataset; the head gets a mail with a link. */
@Component({
  selector: 'dl-approval-request-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadState,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'approvalRequest.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">{{ 'approvalRequest.intro' | t: { title: data.dataset.title } }}</p>
        @if (submission.problems().length > 0) {
          <div class="problems" role="alert">
            @for (problem of submission.problems(); track $index) {
              <p>{{ problem }}</p>
            }
          </div>
        }
        <dl-load-state [status]="contacts.status()" (retry)="contacts.reload()" />
        @if (contacts.value(); as people) {
          @if (people.length === 0) {
            <p class="problems" role="alert">{{ 'approvalRequest.noContacts' | t }}</p>
          }
        }
        <div class="fields">
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'approvalRequest.approver' | t }}</mat-label>
            <mat-select formControlName="approverContactId" required>
              @for (contact of contacts.value() ?? []; track contact.id) {
                <mat-option [value]="contact.id" [disabled]="!contact.email">{{
                  contactLabel(contact)
                }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.approverContactId | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'approvalRequest.message' | t }}</mat-label>
            <textarea matInput formControlName="message" rows="4"></textarea>
            <mat-error>{{ form.controls.message | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'app.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submission.submitting() || noContacts()">
          {{ 'approvalRequest.submit' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './decide-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestDialog {
  protected readonly data = inject<RequestDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RequestDialog, ApprovalRequestDto>>(MatDialogRef);
  private readonly approvals = inject(ApprovalsService);
  private readonly contactsService = inject(ContactsService);
  private readonly i18n = inject(I18nService);

  /** The department's own people, heads first: the approver is one of them. */
  protected readonly contacts = loadable(() =>
    this.contactsService
      .list({ departmentId: this.data.dataset.departmentId, limit: 100 })
      .pipe(map((page) => [...page.items].sort((a, b) => Number(b.isHead) - Number(a.isHead)))),
  );
  protected readonly noContacts = computed(() => this.contacts.value()?.length === 0);

  protected readonly form = inject(NonNullableFormBuilder).group({
    approverContactId: ['', Validators.required],
    message: ['', Validators.maxLength(4000)],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  constructor() {
    // The head with an address is the usual approver: preselect them once the contacts are there.
    effect(() => {
      const people = this.contacts.value();
      const control = this.form.controls.approverContactId;
      if (!people || control.value) return;
      const head = people.find((contact) => contact.isHead && contact.email);
      if (head) control.setValue(head.id);
    });
  }

  protected contactLabel(contact: ContactDto): string {
    const name = contact.name ?? '';
    if (!contact.email) return this.i18n.t('approvalRequest.noEmail', { name });
    return contact.isHead ? this.i18n.t('approvalRequest.approverHead', { name }) : name;
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateApprovalRequest = {
      approverContactId: value.approverContactId,
      message: optionalText(value.message),
    };
    this.submission.begin();
    this.approvals.create(this.data.dataset.id, request).subscribe({
      next: (created) => this.dialogRef.close(created),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.submission.end();
          this.submission.report(
            refusalRule(error) ? refusalMessage(error, this.i18n) : this.i18n.t('approvalRequest.conflict'),
          );
          return;
        }
        this.submission.fail(error);
      },
    });
  }
}
