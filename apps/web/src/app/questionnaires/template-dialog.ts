import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { QuestionnaireTemplateDto } from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { QuestionnairesService } from './questionnaires.service';

export interface TemplateDialogData {
  /** The template to rename; without one the dialog creates a new template. */
  template?: QuestionnaireTemplateDto;
}

/** "Neuer Fragebogen" and "Umbenennen": the template's name and description. */
@Component({
  selector: 'dl-template-dialog',
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
    <h2 mat-dialog-title>
      {{
        (template ? 'questionnaires.templateDialog.editTitle' : 'questionnaires.templateDialog.createTitle')
          | t
      }}
    </h2>
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
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'questionnaires.templateDialog.name' | t }}</mat-label>
            <input matInput formControlName="name" autocomplete="off" required />
            @if (!template) {
              <mat-hint>{{ 'questionnaires.templateDialog.createHint' | t }}</mat-hint>
            }
            <mat-error>{{ form.controls.name | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'questionnaires.templateDialog.description' | t }}</mat-label>
            <textarea matInput formControlName="description" rows="3"></textarea>
            <mat-error>{{ form.controls.description | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'app.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="submission.submitting()">
          {{ (template ? 'app.save' : 'questionnaires.templateDialog.create') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    @use '../shared/form-dialog';
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateDialog {
  private readonly dialogRef = inject<MatDialogRef<TemplateDialog, QuestionnaireTemplateDto>>(MatDialogRef);
  private readonly service = inject(QuestionnairesService);
  protected readonly template = inject<TemplateDialogData>(MAT_DIALOG_DATA).template;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.template?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    description: [this.template?.description ?? '', [Validators.maxLength(2000)]],
  });
  protected readonly submission = new FormSubmission(this.form, inject(I18nService));

  protected submit(): void {
    if (this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const fields = { name: value.name.trim(), description: optionalText(value.description) };
    const request: Observable<QuestionnaireTemplateDto> = this.template
      ? this.service.update(this.template.id, { version: this.template.version, ...fields })
      : this.service.create(fields);
    this.submission.begin();
    request.subscribe({
      next: (template) => this.dialogRef.close(template),
      error: (error: unknown) => this.submission.fail(error),
    });
  }
}
