import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ImportDto, ImportMapping, ImportReport } from '@datenlotse/contracts';
import { applyServerErrors } from '../core/server-errors';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { assignedMapping, initialMapping, mappingFields } from './import-fields';
import { ImportsService } from './imports.service';

export interface CheckedMapping {
  mapping: ImportMapping;
  report: ImportReport;
}

function mappingForm(upload: ImportDto) {
  const initial = initialMapping(upload);
  const controls: Record<string, FormControl<string>> = {};
  for (const field of mappingFields(upload.kind)) {
    controls[field.field] = new FormControl(initial[field.field] ?? '', {
      nonNullable: true,
      validators: field.required ? [Validators.required] : [],
    });
  }
  return new FormGroup({ mapping: new FormGroup(controls) });
}

/** Step 2: a file column for each field (proposed by the API), with the file's first rows to compare; then the dry run. */
@Component({
  selector: 'dl-import-mapping-step',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './import-mapping-step.html',
  styleUrl: './import-mapping-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportMappingStep {
  readonly upload = input.required<ImportDto>();
  readonly checked = output<CheckedMapping>();
  readonly back = output();

  private readonly imports = inject(ImportsService);
  protected readonly i18n = inject(I18nService);

  protected readonly fields = computed(() => mappingFields(this.upload().kind));
  protected readonly form = computed(() => mappingForm(this.upload()));
  protected readonly checking = signal(false);
  protected readonly problems = signal<string[]>([]);

  protected control(field: string): FormControl<string> {
    return this.form().controls.mapping.controls[field] as FormControl<string>;
  }

  protected dryRun(): void {
    const form = this.form();
    if (form.invalid) {
      form.markAllAsTouched();
      return;
    }
    const mapping = assignedMapping(form.controls.mapping.getRawValue() as Record<string, string>);
    this.checking.set(true);
    this.problems.set([]);
    this.imports.dryRun(this.upload().id, mapping).subscribe({
      next: (report) => {
        this.checking.set(false);
        this.checked.emit({ mapping, report });
      },
      error: (error: unknown) => {
        this.checking.set(false);
        const result = applyServerErrors(form, error, this.i18n);
        this.problems.set(result.handled ? result.unmatched : [this.i18n.t('errors.generic')]);
      },
    });
  }
}
