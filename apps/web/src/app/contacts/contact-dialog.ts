import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  ContactDto,
  CreateContactRequest,
  DuplicateContactsError,
  RELATIONSHIPS,
  Relationship,
  UpdateContactRequest,
} from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { CrmIcons } from '../organisation/crm-icons';
import { relationshipLabel } from '../organisation/crm-labels';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { ContactsService } from './contacts.service';
import { optionalText } from '../shared/form-values';

export type ContactDialogData =
  | { mode: 'create'; departmentId: string }
  | { mode: 'edit'; contact: ContactDto };

export type ContactDialogResult =
  | { kind: 'created'; contact: ContactDto }
  | { kind: 'saved'; contact: ContactDto }
  /** The contact was changed elsewhere (409): the page must reload. */
  | { kind: 'stale' };

/** The possible duplicates of a 409 on create, or null for any other error. */
export function duplicatesOf(error: unknown): ContactDto[] | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) return null;
  const body = error.error as Partial<DuplicateContactsError> | null;
  return body && Array.isArray(body.duplicates) ? body.duplicates : null;
}

/** Create or edit a contact. A create that looks like a duplicate is shown with the matches to decide on. */
@Component({
  selector: 'dl-contact-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './contact-dialog.html',
  styleUrl: './contact-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactDialog {
  protected readonly data = inject<ContactDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ContactDialog, ContactDialogResult>>(MatDialogRef);
  private readonly contactsService = inject(ContactsService);
  protected readonly i18n = inject(I18nService);

  protected readonly relationships = RELATIONSHIPS;
  protected readonly relationshipLabel = relationshipLabel;
  protected readonly edited = this.data.mode === 'edit' ? this.data.contact : null;

  /** Contacts the API thinks this one may duplicate; the user decides. */
  protected readonly duplicates = signal<ContactDto[]>([]);
  /** One button that changes its meaning (and keeps the focus) when the duplicate warning shows. */
  protected readonly submitLabel = computed((): TranslationKey => {
    if (this.edited) return 'app.save';
    return this.duplicates().length > 0 ? 'contactDialog.createAnyway' : 'contactDialog.create';
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.edited?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    title: [this.edited?.title ?? '', [Validators.maxLength(200)]],
    email: [this.edited?.email ?? '', [Validators.email, Validators.maxLength(320)]],
    phone: [this.edited?.phone ?? '', [Validators.maxLength(50)]],
    isHead: [this.edited?.isHead ?? false],
    relationship: [this.edited?.relationship ?? ('cold' as Relationship)],
    legalBasis: [this.edited?.legalBasis ?? '', [Validators.maxLength(500)]],
    retainUntil: [this.edited?.retainUntil?.slice(0, 10) ?? ''],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  constructor() {
    inject(CrmIcons);
    // A changed form is a new question: the warning was about the values as they were.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.duplicates.set([]));
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.edited) this.save(this.edited);
    // After the duplicate warning (cleared by any edit) the user wants the record anyway.
    else this.create(this.duplicates().length > 0);
  }

  /** The create request: department and name, plus only the fields that were filled in. */
  createRequest(departmentId: string): CreateContactRequest {
    const value = this.form.getRawValue();
    const request: CreateContactRequest = {
      departmentId,
      name: value.name.trim(),
      isHead: value.isHead,
      relationship: value.relationship,
    };
    const title = optionalText(value.title);
    const email = optionalText(value.email);
    const phone = optionalText(value.phone);
    const legalBasis = optionalText(value.legalBasis);
    const retainUntil = optionalText(value.retainUntil);
    if (title) request.title = title;
    if (email) request.email = email;
    if (phone) request.phone = phone;
    if (legalBasis) request.legalBasis = legalBasis;
    if (retainUntil) request.retainUntil = retainUntil;
    return request;
  }

  /** The update request: `version` plus the fields that differ from the contact as loaded. */
  updateRequest(contact: ContactDto): UpdateContactRequest {
    const value = this.form.getRawValue();
    const request: UpdateContactRequest = { version: contact.version };
    const name = value.name.trim();
    if (name !== contact.name) request.name = name;
    const texts = {
      title: value.title,
      email: value.email,
      phone: value.phone,
      legalBasis: value.legalBasis,
    };
    for (const [field, text] of Object.entries(texts) as [keyof typeof texts, string][]) {
      const next = optionalText(text);
      if (next !== contact[field]) request[field] = next;
    }
    if (value.isHead !== contact.isHead) request.isHead = value.isHead;
    if (value.relationship !== contact.relationship) request.relationship = value.relationship;
    const retainUntil = optionalText(value.retainUntil);
    if (retainUntil !== (contact.retainUntil?.slice(0, 10) ?? null)) request.retainUntil = retainUntil;
    return request;
  }

  private create(confirmDuplicate: boolean): void {
    if (this.data.mode !== 'create') return;
    const request = this.createRequest(this.data.departmentId);
    if (confirmDuplicate) request.confirmDuplicate = true;
    this.submission.begin();
    this.contactsService.create(request).subscribe({
      next: (contact) => this.dialogRef.close({ kind: 'created', contact }),
      error: (error: unknown) => {
        const duplicates = duplicatesOf(error);
        if (duplicates) {
          this.submission.end();
          this.duplicates.set(duplicates);
          return;
        }
        this.failed(error);
      },
    });
  }

  private save(contact: ContactDto): void {
    const request = this.updateRequest(contact);
    if (Object.keys(request).length === 1) {
      this.dialogRef.close();
      return;
    }
    this.submission.begin();
    this.contactsService.update(contact.id, request).subscribe({
      next: (updated) => this.dialogRef.close({ kind: 'saved', contact: updated }),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.dialogRef.close({ kind: 'stale' });
          return;
        }
        this.failed(error);
      },
    });
  }

  private failed(error: unknown): void {
    const fields = this.submission.fail(error);
    if (!fields.handled && error instanceof HttpErrorResponse && error.status === 409) {
      // A refusal on create that is not about duplicates: the create is not toasted, so say it here.
      const message = (error.error as { message?: unknown } | null)?.message;
      this.submission.report(typeof message === 'string' ? message : this.i18n.t('errors.conflict'));
    }
  }
}
