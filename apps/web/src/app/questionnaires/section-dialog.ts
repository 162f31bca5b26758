import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { QuestionnaireSection } from '@datenlotse/contracts';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { keyValidator, localizedOrNull } from './question-form';

export interface SectionDialogData {
  section: QuestionnaireSection;
  /** The keys of the other sections: a key is used once. */
  otherKeys: readonly string[];
  isNew: boolean;
}

/** A part of the questionnaire: its key, title and introduction in both languages. */
@Component({
  selector: 'dl-section-dialog',
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
      {{ (data.isNew ? 'questionnaires.sectionDialog.addTitle' : 'questionnaires.sectionDialog.title') | t }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="fields">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'questionnaires.sectionDialog.titleDe' | t }}</mat-label>
            <input matInput formControlName="titleDe" autocomplete="off" required />
            <mat-error>{{ form.controls.titleDe | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'questionnaires.sectionDialog.titleEn' | t }}</mat-label>
            <input matInput formControlName="titleEn" autocomplete="off" lang="en" />
          </mat-form-field>
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'questionnaires.sectionDialog.key' | t }}</mat-label>
            <input matInput formControlName="key" autocomplete="off" required />
            <mat-hint>{{ 'questionnaires.sectionDialog.keyHint' | t }}</mat-hint>
            <mat-error>
              @if (form.controls.key.hasError('keyPattern')) {
                {{ 'questionnaires.questionDialog.keyPattern' | t }}
              } @else if (form.controls.key.hasError('keyTaken')) {
                {{ 'questionnaires.questionDialog.keyTaken' | t }}
              } @else {
                {{ form.controls.key | fieldError }}
              }
            </mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'questionnaires.sectionDialog.introDe' | t }}</mat-label>
            <textarea matInput formControlName="introDe" rows="3"></textarea>
          </mat-form-field>
          <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
            <mat-label>{{ 'questionnaires.sectionDialog.introEn' | t }}</mat-label>
            <textarea matInput formControlName="introEn" rows="3" lang="en"></textarea>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'app.cancel' | t }}</button>
        <button mat-flat-button type="submit">{{ 'questionnaires.sectionDialog.apply' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    @use '../shared/form-dialog';
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionDialog {
  protected readonly data = inject<SectionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SectionDialog, QuestionnaireSection>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    titleDe: [this.data.section.title.de, [Validators.required, Validators.maxLength(200)]],
    titleEn: [this.data.section.title.en, [Validators.maxLength(200)]],
    key: [this.data.section.key, [Validators.required, keyValidator(this.data.otherKeys)]],
    introDe: [this.data.section.intro?.de ?? '', [Validators.maxLength(4000)]],
    introEn: [this.data.section.intro?.en ?? '', [Validators.maxLength(4000)]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.dialogRef.close({
      ...this.data.section,
      key: value.key,
      title: { de: value.titleDe.trim(), en: value.titleEn.trim() },
      intro: localizedOrNull(value.introDe, value.introEn),
    });
  }
}
