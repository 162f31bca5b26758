import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { IMPORT_FILE_ERROR_CODES, IMPORT_KINDS, ImportDto, ImportKind } from '@datenlotse/contracts';
import { apiErrorOf } from '../core/api-error';
import { TranslationKey } from '../i18n/de';
import { AppIcons } from '../core/icons';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { WorkIcons } from '../timeline/work-icons';
import { importKindLabel } from './import-fields';
import { ImportsService } from './imports.service';

/** Files the API reads; anything else it refuses with a reason (which the step shows). */
export const IMPORT_ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FILE_ERRORS: Readonly<Record<string, TranslationKey>> = {
  [IMPORT_FILE_ERROR_CODES.missing]: 'import.fileError.missing',
  [IMPORT_FILE_ERROR_CODES.empty]: 'import.fileError.empty',
  [IMPORT_FILE_ERROR_CODES.notATable]: 'import.fileError.notATable',
  [IMPORT_FILE_ERROR_CODES.noDataRows]: 'import.fileError.noDataRows',
  [IMPORT_FILE_ERROR_CODES.badHeaders]: 'import.fileError.badHeaders',
};

/** Step 1: what to import and from which file; uploads it and emits the import with its columns. */
@Component({
  selector: 'dl-import-file-step',
  imports: [FormsModule, MatButtonModule, MatIconModule, MatProgressBarModule, MatRadioModule, TranslatePipe],
  templateUrl: './import-file-step.html',
  styleUrl: './import-file-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportFileStep {
  readonly uploaded = output<ImportDto>();

  private readonly imports = inject(ImportsService);
  private readonly i18n = inject(I18nService);
  protected readonly kinds = IMPORT_KINDS;
  protected readonly kindLabel = importKindLabel;
  protected readonly accept = IMPORT_ACCEPT;

  protected readonly kind = signal<ImportKind>('contacts');
  protected readonly file = signal<File | null>(null);
  protected readonly uploading = signal(false);
  protected readonly problem = signal('');
  protected readonly dragging = signal(false);

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
  }

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.choose(input.files?.item(0) ?? null);
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.choose(event.dataTransfer?.files.item(0) ?? null);
  }

  protected size(file: File): string {
    return this.i18n.t('import.fileSize', {
      size: this.i18n.formatNumber(Math.max(1, Math.round(file.size / 1024))),
    });
  }

  protected upload(): void {
    const file = this.file();
    if (!file) {
      this.problem.set(this.i18n.t('import.fileError.missing'));
      return;
    }
    this.uploading.set(true);
    this.problem.set('');
    this.imports.upload(this.kind(), file).subscribe({
      next: (upload) => {
        this.uploading.set(false);
        this.uploaded.emit(upload);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.problem.set(this.fileError(error));
      },
    });
  }

  private choose(file: File | null): void {
    this.file.set(file);
    this.problem.set('');
  }

  /** The reason in the user's language where the API names one; its message otherwise. */
  private fileError(error: unknown): string {
    const body = apiErrorOf(error);
    const key = FILE_ERRORS[body?.codes?.['file']?.[0] ?? ''];
    if (key) return this.i18n.t(key);
    return body?.statusCode === 400 ? body.message : this.i18n.t('import.fileError.generic');
  }
}
