import { BreakpointObserver } from '@angular/cdk/layout';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { ImportDto, ImportMapping, ImportReport } from '@datenlotse/contracts';
import { map } from 'rxjs';
import { AppIcons } from '../core/icons';
import { loadable } from '../core/loadable';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { WorkIcons } from '../timeline/work-icons';
import { ImportFileStep } from './import-file-step';
import { CheckedMapping, ImportMappingStep } from './import-mapping-step';
import { ImportReportStep } from './import-report-step';
import { ImportRunStep } from './import-run-step';
import { ImportUndo } from './import-undo';
import { ImportsService } from './imports.service';
import { RecentImports } from './recent-imports';

function reportOf(error: unknown): ImportReport | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return null;
  const body: unknown = error.error;
  return typeof body === 'object' && body !== null && 'report' in body ? (body.report as ImportReport) : null;
}

/**
 * The import wizard: file → column mapping → dry run report → run with progress (and undo), then the list of
 * recent imports. Each step can only be entered once the one before it is done.
 */
@Component({
  selector: 'dl-import-page',
  imports: [
    MatIconModule,
    MatStepperModule,
    TranslatePipe,
    LoadState,
    ImportFileStep,
    ImportMappingStep,
    ImportReportStep,
    ImportRunStep,
    RecentImports,
  ],
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly imports = inject(ImportsService);
  private readonly undoer = inject(ImportUndo);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly stepper = viewChild.required(MatStepper);

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly upload = signal<ImportDto | null>(null);
  private readonly mapping = signal<ImportMapping | null>(null);
  protected readonly report = signal<ImportReport | null>(null);
  protected readonly started = signal<ImportDto | null>(null);
  protected readonly starting = signal(false);
  protected readonly runProblem = signal('');
  protected readonly recent = loadable(() => this.imports.list());

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
  }

  protected uploaded(upload: ImportDto): void {
    this.upload.set(upload);
    this.report.set(null);
    this.recent.reload();
    this.advance();
  }

  protected checked(checked: CheckedMapping): void {
    this.mapping.set(checked.mapping);
    this.report.set(checked.report);
    this.runProblem.set('');
    this.advance();
  }

  protected run(): void {
    const upload = this.upload();
    const mapping = this.mapping();
    if (!upload || !mapping) return;
    this.starting.set(true);
    this.runProblem.set('');
    this.imports.run(upload.id, mapping).subscribe({
      next: (started) => {
        this.starting.set(false);
        this.started.set(started);
        this.recent.reload();
        this.advance();
      },
      error: (error: unknown) => {
        this.starting.set(false);
        // The data changed since the dry run: the fresh report says which rows now fail.
        const report = reportOf(error);
        if (report) this.report.set(report);
        this.runProblem.set(this.i18n.t(report ? 'import.runRefused' : 'errors.generic'));
      },
    });
  }

  protected restart(): void {
    this.upload.set(null);
    this.mapping.set(null);
    this.report.set(null);
    this.started.set(null);
    this.stepper().reset();
    this.recent.reload();
  }

  protected undo(upload: ImportDto): void {
    this.undoer.undo(upload).subscribe(() => this.recent.reload());
  }

  protected refreshRecent(): void {
    this.recent.reload();
  }

  /** Moves on once the finished step is marked completed, and puts the focus on the new step's heading. */
  private advance(): void {
    afterNextRender(
      () => {
        this.stepper().next();
        afterNextRender(() => this.focusStepHeading(), { injector: this.injector });
      },
      { injector: this.injector },
    );
  }

  private focusStepHeading(): void {
    const index = this.stepper().selectedIndex;
    document.getElementById(`import-step-${index}`)?.focus();
  }
}
