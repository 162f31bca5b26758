import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CreateObjectionRequest,
  OBJECTION_CATEGORIES,
  ObjectionCategory,
  ObjectionDto,
  UpdateObjectionRequest,
} from '@datenlotse/contracts';
import { catchError, map, of } from 'rxjs';
import { ContactsService } from '../contacts/contacts.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { categoryLabel } from './objection-labels';
import { ObjectionsService } from './objections.service';

export type ObjectionDialogData =
  /** A new objection to the dataset, or (datasetId null) a general one of the department. */
  | { mode: 'create'; datasetId: string | null; departmentId: string }
  | { mode: 'edit'; objection: ObjectionDto };

export type ObjectionDialogResult =
  | { kind: 'created' | 'saved'; objection: ObjectionDto }
  /** The objection was changed elsewhere (409): the list must be read again. */
  | { kind: 'stale' };

/** Records who raised which concern (or corrects it); answering is the answer dialog's work. */
@Component({
  selector: 'dl-objection-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ (edited ? 'objectionDialog.editTitle' : 'objectionDialog.createTitle') | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (submission.problems().length > 0) {
          <div class="problems" role="alert">
            @for (problem of submission.problems(); track $index) {
              <p>{{ problem }}</p>
            }
          </div>
        }
        <div class="fields">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'objectionDialog.raisedBy' | t }}</mat-label>
            <mat-select formControlName="raisedByContactId">
              <mat-option [value]="null">{{ 'objectionDialog.noContact' | t }}</mat-option>
              @for (contact of contactOptions(); track contact.id) {
                <mat-option [value]="contact.id">{{ contact.name }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.raisedByContactId | fieldError }}</mat-error>
          </mat-form-field>

          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'objectionDialog.category' | t }}</mat-label>
            <mat-select formControlName="category" required>
              @for (category of categories; track category) {
                <mat-option [value]="category">{{ categoryLabel(category) | t }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.category | fieldError }}</mat-error>
          </mat-form-field>

          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'objectionDialog.statement' | t }}</mat-label>
            <textarea matInput formControlName="statement" rows="4" required></textarea>
            <mat-hint>{{ 'objectionDialog.statementHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.statement | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'app.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submission.submitting()">
          {{ (edited ? 'app.save' : 'objectionDialog.create') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../timeline/interaction-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ObjectionDialog {
  private readonly data = inject<ObjectionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ObjectionDialog, ObjectionDialogResult>>(MatDialogRef);
  private readonly objections = inject(ObjectionsService);
  private readonly i18n = inject(I18nService);

  protected readonly edited = this.data.mode === 'edit' ? this.data.objection : null;
  protected readonly categories = OBJECTION_CATEGORIES;
  protected readonly categoryLabel = categoryLabel;

  protected readonly form = inject(NonNullableFormBuilder).group({
    raisedByContactId: [this.edited?.raisedByContactId ?? (null as string | null)],
    category: [this.edited?.category ?? (null as ObjectionCategory | null), [Validators.required]],
    statement: [this.edited?.statement ?? '', [Validators.required, Validators.maxLength(10_000)]],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  /** The department's current contacts: the people who can raise an objection on its behalf. */
  private readonly contacts = toSignal(
    inject(ContactsService)
      .list({
        departmentId: this.data.mode === 'edit' ? this.data.objection.departmentId : this.data.departmentId,
        sort: 'name',
        order: 'asc',
        limit: 200,
      })
      .pipe(
        map((page) => page.items.filter((contact) => contact.name !== null && contact.erasedAt === null)),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
  /** The one who raised it stays choosable even when they left the department since. */
  protected readonly contactOptions = computed(() => {
    const options = this.contacts().map((contact) => ({ id: contact.id, name: contact.name ?? '' }));
    const raised = this.edited;
    if (raised?.raisedByContactId && !options.some((option) => option.id === raised.raisedByContactId)) {
      options.push({ id: raised.raisedByContactId, name: raised.raisedByName ?? '—' });
    }
    return options;
  });

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (!this.form.controls.statement.value.trim())
      this.form.controls.statement.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.edited) this.save(this.edited);
    else this.create();
  }

  private create(): void {
    if (this.data.mode !== 'create') return;
    const value = this.form.getRawValue();
    const request: CreateObjectionRequest = {
      raisedByContactId: value.raisedByContactId,
      category: value.category as ObjectionCategory,
      statement: value.statement.trim(),
      // One of the two: the dataset names its department itself.
      ...(this.data.datasetId
        ? { datasetId: this.data.datasetId }
        : { departmentId: this.data.departmentId }),
    };
    this.submission.begin();
    this.objections.create(request).subscribe({
      next: (objection) => this.dialogRef.close({ kind: 'created', objection }),
      error: (error: unknown) => this.submission.fail(error),
    });
  }

  private save(objection: ObjectionDto): void {
    const value = this.form.getRawValue();
    const request: UpdateObjectionRequest = { version: objection.version };
    if (value.raisedByContactId !== objection.raisedByContactId) {
      request.raisedByContactId = value.raisedByContactId;
    }
    if (value.category && value.category !== objection.category) request.category = value.category;
    const statement = value.statement.trim();
    if (statement !== objection.statement) request.statement = statement;
    if (Object.keys(request).length === 1) {
      this.dialogRef.close();
      return;
    }
    this.submission.begin();
    this.objections.update(objection.id, request).subscribe({
      next: (saved) => this.dialogRef.close({ kind: 'saved', objection: saved }),
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
