import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ImportReport } from '@datenlotse/contracts';
import { AppIcons } from '../core/icons';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { WorkIcons } from '../timeline/work-icons';
import { ROW_ACTIONS, canRun, rowActionLabel } from './import-fields';

/** Rows shown at once: a report of 50,000 rows is read by its counts and its rejects, not scrolled through. */
export const REPORT_ROWS_SHOWN = 200;

/** Step 3: what the run would do, per row; the run is offered only when no row would be rejected. */
@Component({
  selector: 'dl-import-report-step',
  imports: [MatButtonModule, MatIconModule, MatSlideToggleModule, TranslatePipe],
  templateUrl: './import-report-step.html',
  styleUrl: './import-report-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportReportStep {
  readonly report = input.required<ImportReport>();
  /** The run was asked for and has not answered yet. */
  readonly starting = input(false);
  readonly run = output();
  readonly back = output();

  protected readonly i18n = inject(I18nService);
  protected readonly actions = ROW_ACTIONS;
  protected readonly actionLabel = rowActionLabel;
  protected readonly onlyRejected = signal(false);

  protected readonly runnable = computed(() => canRun(this.report()));
  protected readonly filtered = computed(() => {
    const rows = this.report().rows;
    return this.onlyRejected() ? rows.filter((row) => row.action === 'reject') : rows;
  });
  protected readonly shown = computed(() => this.filtered().slice(0, REPORT_ROWS_SHOWN));

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
  }
}
