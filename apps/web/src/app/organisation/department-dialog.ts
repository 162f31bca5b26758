import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import {
  CreateDepartmentRequest,
  DEPARTMENT_KINDS,
  DepartmentDto,
  DepartmentKind,
  UpdateDepartmentRequest,
} from '@datenlotse/contracts';
import { EMPTY, catchError } from 'rxjs';
import { DepartmentsService } from '../core/departments.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { buildDepartmentTree, flattenDepartmentTree } from '../shared/department-tree';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { kindLabel } from '../shared/labels';
import { TeamMembersService } from './team-members.service';
import { optionalText } from '../shared/form-values';

export type DepartmentDialogData =
  | { mode: 'create'; departments: DepartmentDto[] }
  | { mode: 'edit'; department: DepartmentDto; departments: DepartmentDto[] };

export type DepartmentDialogResult =
  | { kind: 'created'; department: DepartmentDto }
  | { kind: 'saved'; department: DepartmentDto }
  /** The unit was changed elsewhere (409): the tree must be reloaded. */
  | { kind: 'stale' };

/** Empty, or an absolute http(s) address (the API checks the same). */
export const httpUrl: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')
      ? null
      : { url: true };
  } catch {
    return { url: true };
  }
};

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}

@Component({
  selector: 'dl-department-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatChipsModule,
    MatIconModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './department-dialog.html',
  styleUrl: './department-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentDialog {
  protected readonly data = inject<DepartmentDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DepartmentDialog, DepartmentDialogResult>>(MatDialogRef);
  private readonly departmentsService = inject(DepartmentsService);
  protected readonly i18n = inject(I18nService);

  protected readonly kinds = DEPARTMENT_KINDS;
  protected readonly kindLabel = kindLabel;
  protected readonly edited = this.data.mode === 'edit' ? this.data.department : null;
  /** Possible parents: every unit except the edited one and the units below it. */
  readonly parentOptions = flattenDepartmentTree(
    buildDepartmentTree(this.data.departments),
    this.edited?.id ?? null,
  );

  /** The owner picker appears once the team list has loaded (and not at all if it cannot be read). */
  protected readonly teamMembers = toSignal(
    inject(TeamMembersService)
      .list()
      .pipe(catchError(() => EMPTY)),
    {
      initialValue: [],
    },
  );
  protected readonly tagSeparators = [ENTER, COMMA] as const;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [
      this.edited?.name ?? '',
      [Validators.required, Validators.minLength(2), Validators.maxLength(300)],
    ],
    shortName: [this.edited?.shortName ?? '', [Validators.maxLength(50)]],
    kind: [this.edited?.kind ?? ('amt' as DepartmentKind), [Validators.required]],
    parentId: [this.edited?.parentId ?? (null as string | null)],
    website: [this.edited?.website ?? '', [httpUrl, Validators.maxLength(500)]],
    notes: [this.edited?.notes ?? '', [Validators.maxLength(10_000)]],
    ownerUserId: [this.edited?.ownerUserId ?? (null as string | null)],
    tags: [[...(this.edited?.tags ?? [])]],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  protected addTag(event: MatChipInputEvent): void {
    const tag = event.value.trim();
    const tags = this.form.controls.tags.value;
    if (tag && !tags.includes(tag)) this.form.controls.tags.setValue([...tags, tag]);
    event.chipInput.clear();
  }

  protected removeTag(tag: string): void {
    this.form.controls.tags.setValue(this.form.controls.tags.value.filter((candidate) => candidate !== tag));
  }

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.edited) this.save(this.edited);
    else this.create();
  }

  /** The create request: name and kind, plus only the fields that were filled in. */
  createRequest(): CreateDepartmentRequest {
    const value = this.form.getRawValue();
    const request: CreateDepartmentRequest = { name: value.name.trim(), kind: value.kind };
    const shortName = optionalText(value.shortName);
    const website = optionalText(value.website);
    const notes = optionalText(value.notes);
    if (shortName) request.shortName = shortName;
    if (value.parentId) request.parentId = value.parentId;
    if (website) request.website = website;
    if (notes) request.notes = notes;
    if (value.ownerUserId) request.ownerUserId = value.ownerUserId;
    if (value.tags.length > 0) request.tags = value.tags;
    return request;
  }

  /** The update request: `version` plus the fields that differ from the unit as loaded. */
  updateRequest(department: DepartmentDto): UpdateDepartmentRequest {
    const value = this.form.getRawValue();
    const request: UpdateDepartmentRequest = { version: department.version };
    const name = value.name.trim();
    if (name !== department.name) request.name = name;
    const shortName = optionalText(value.shortName);
    if (shortName !== department.shortName) request.shortName = shortName;
    if (value.kind !== department.kind) request.kind = value.kind;
    const parentId = value.parentId ?? null;
    if (parentId !== department.parentId) request.parentId = parentId;
    const website = optionalText(value.website);
    if (website !== department.website) request.website = website;
    const notes = optionalText(value.notes);
    if (notes !== department.notes) request.notes = notes;
    const ownerUserId = value.ownerUserId ?? null;
    if (ownerUserId !== department.ownerUserId) request.ownerUserId = ownerUserId;
    if (!sameTags(value.tags, department.tags)) request.tags = value.tags;
    return request;
  }

  private create(): void {
    this.submission.begin();
    this.departmentsService.create(this.createRequest()).subscribe({
      next: (department) => this.dialogRef.close({ kind: 'created', department }),
      error: (error: unknown) => this.submission.fail(error),
    });
  }

  private save(department: DepartmentDto): void {
    const request = this.updateRequest(department);
    if (Object.keys(request).length === 1) {
      this.dialogRef.close();
      return;
    }
    this.submission.begin();
    this.departmentsService.update(department.id, request).subscribe({
      next: (updated) => this.dialogRef.close({ kind: 'saved', department: updated }),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.dialogRef.close({ kind: 'stale' });
          return;
        }
        this.submission.fail(error);
      },
    });
  }
}
