import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  AUDIT_SECRET,
  AuditEventDto,
  CreateUserRequest,
  DepartmentDto,
  LOCALES,
  Locale,
  PASSWORD_MIN_LENGTH,
  ROLES,
  Role,
  UpdateUserRequest,
  UserDto,
} from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { I18nService, isLocale } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { buildDepartmentTree, flattenDepartmentTree } from '../shared/department-tree';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { auditActionLabel, isRole, localeLabel, roleLabel } from '../shared/labels';
import { UsersService } from './users.service';

export type UserDialogData =
  | { mode: 'create'; departments: DepartmentDto[] }
  | { mode: 'edit'; user: UserDto; departments: DepartmentDto[] };

export type UserDialogResult =
  | { kind: 'created'; user: UserDto }
  | { kind: 'saved'; user: UserDto }
  /** The user was changed elsewhere (409): the list must be reloaded. */
  | { kind: 'stale' };

/** Department heads need at least one department; other roles none. */
export const departmentsForHeads: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const role: unknown = control.parent?.get('role')?.value;
  const value: unknown = control.value;
  return role === 'department_head' && Array.isArray(value) && value.length === 0
    ? { departmentsRequired: true }
    : null;
};

/** Labels for the user fields an audit diff can name. */
const FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  email: 'userDialog.email',
  name: 'userDialog.name',
  role: 'userDialog.role',
  locale: 'userDialog.locale',
  departmentIds: 'userDialog.departments',
  active: 'users.statusActive',
  passwordHash: 'userDialog.passwordField',
};

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

@Component({
  selector: 'dl-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatIconModule,
    MatExpansionModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './user-dialog.html',
  styleUrl: './user-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserDialog {
  protected readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<UserDialog, UserDialogResult>>(MatDialogRef);
  private readonly usersService = inject(UsersService);
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18nService);

  protected readonly roles = ROLES;
  protected readonly locales = LOCALES;
  protected readonly roleLabel = roleLabel;
  protected readonly localeLabel = localeLabel;
  protected readonly auditActionLabel = auditActionLabel;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly editedUser = this.data.mode === 'edit' ? this.data.user : null;
  protected readonly departmentOptions = flattenDepartmentTree(buildDepartmentTree(this.data.departments));

  /** After an invitation was created: the link to hand over. */
  protected readonly invite = signal<{ user: UserDto; link: string } | null>(null);
  protected readonly copied = signal(false);
  protected readonly history = signal<AuditEventDto[] | 'unavailable' | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [this.editedUser?.email ?? '', [Validators.required, Validators.email]],
    name: [this.editedUser?.name ?? '', [Validators.required]],
    role: [this.editedUser?.role ?? ('team' as Role), [Validators.required]],
    locale: [this.editedUser?.locale ?? ('de' as Locale)],
    departmentIds: [this.editedUser?.departmentIds ?? ([] as string[]), [departmentsForHeads]],
    password: ['', [Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  private readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  protected readonly isHead = computed(() => this.role() === 'department_head');
  private readonly password = toSignal(this.form.controls.password.valueChanges, {
    initialValue: '',
  });
  protected readonly invites = computed(() => this.data.mode === 'create' && !this.password());

  constructor() {
    if (this.editedUser) {
      this.form.controls.email.disable();
      this.form.controls.password.disable();
    }
    this.form.controls.role.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.departmentIds.updateValueAndValidity());
  }

  protected departmentName(id: string): string {
    return this.departmentOptions.find((option) => option.id === id)?.label ?? id;
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.editedUser) this.save(this.editedUser);
    else this.create();
  }

  private create(): void {
    const value = this.form.getRawValue();
    const request: CreateUserRequest = {
      email: value.email.trim(),
      name: value.name.trim(),
      role: value.role,
      locale: value.locale,
    };
    if (value.role === 'department_head') request.departmentIds = value.departmentIds;
    if (value.password) request.password = value.password;

    this.submission.begin();
    this.usersService.create(request).subscribe({
      next: (response) => {
        this.submission.end();
        if (response.invitePath) {
          this.invite.set({
            user: response.user,
            link: new URL(response.invitePath, this.document.location.origin).toString(),
          });
        } else {
          this.dialogRef.close({ kind: 'created', user: response.user });
        }
      },
      error: (error: unknown) => this.submission.fail(error),
    });
  }

  private save(user: UserDto): void {
    const value = this.form.getRawValue();
    const request: UpdateUserRequest = { version: user.version };
    const name = value.name.trim();
    if (name !== user.name) request.name = name;
    if (value.role !== user.role) request.role = value.role;
    if (value.locale !== user.locale) request.locale = value.locale;
    const departmentIds = value.role === 'department_head' ? value.departmentIds : [];
    if (!sameIds(departmentIds, user.departmentIds)) request.departmentIds = departmentIds;
    if (Object.keys(request).length === 1) {
      this.dialogRef.close();
      return;
    }

    this.submission.begin();
    this.usersService.update(user.id, request).subscribe({
      next: (updated) => this.dialogRef.close({ kind: 'saved', user: updated }),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.dialogRef.close({ kind: 'stale' });
          return;
        }
        this.submission.fail(error);
      },
    });
  }

  protected closeInvite(): void {
    const invite = this.invite();
    if (invite) this.dialogRef.close({ kind: 'created', user: invite.user });
  }

  protected copyInvite(link: string): void {
    this.copied.set(this.clipboard.copy(link));
  }

  protected loadHistory(): void {
    if (!this.editedUser || this.history() !== null) return;
    this.usersService.history(this.editedUser.id).subscribe({
      next: (events) => this.history.set(events),
      error: () => this.history.set('unavailable'),
    });
  }

  protected historyEvents(): AuditEventDto[] {
    const history = this.history();
    return Array.isArray(history) ? history : [];
  }

  protected changedFields(
    event: AuditEventDto,
  ): { field: string; label: string; before: string; after: string }[] {
    return Object.entries(event.diff).map(([field, change]) => ({
      field,
      label: Object.prototype.hasOwnProperty.call(FIELD_LABELS, field)
        ? this.i18n.t(FIELD_LABELS[field])
        : field,
      before: this.describe(field, change.before),
      after: this.describe(field, change.after),
    }));
  }

  private describe(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return this.i18n.t('app.none');
    if (value === AUDIT_SECRET) return this.i18n.t('audit.secret');
    if (typeof value === 'boolean') return this.i18n.t(value ? 'app.yes' : 'app.no');
    if (Array.isArray(value)) {
      return value.length === 0
        ? this.i18n.t('app.none')
        : value
            .map((item) => (field === 'departmentIds' ? this.departmentName(String(item)) : String(item)))
            .join(', ');
    }
    if (field === 'locale' && isLocale(value)) return this.i18n.t(localeLabel(value));
    if (field === 'role' && isRole(value)) return this.i18n.t(roleLabel(value));
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }
}
