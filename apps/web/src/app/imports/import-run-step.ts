import {
  DestroyRef,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ImportDto } from '@datenlotse/contracts';
import { Subscription, switchMap, takeWhile, timer } from 'rxjs';
import { AppIcons } from '../core/icons';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { WorkIcons } from '../timeline/work-icons';
import { isRunning, progressPercent } from './import-fields';
import { ImportUndo } from './import-undo';
import { ImportsService } from './imports.service';

/** How often the progress is asked while an import runs. */
export const PROGRESS_POLL_MS = 500;

/** Step 4: the running import's progress, then its result, with undo and a way to start over. */
@Component({
  selector: 'dl-import-run-step',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  templateUrl: './import-run-step.html',
  styleUrl: './import-run-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportRunStep {
  /** The import as the run request answered it. */
  readonly started = input.required<ImportDto>();
  /** The import finished, failed or was undone: lists of imports are out of date. */
  readonly changed = output<ImportDto>();
  readonly restart = output();

  private readonly imports = inject(ImportsService);
  private readonly undoer = inject(ImportUndo);
  protected readonly i18n = inject(I18nService);
  protected readonly current = signal<ImportDto | null>(null);
  protected readonly percent = computed(() => {
    const current = this.current();
    return current ? progressPercent(current) : 0;
  });
  protected readonly running = computed(() => {
    const current = this.current();
    return !!current && isRunning(current.status);
  });
  private polling: Subscription | undefined;

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
    effect(() => {
      const started = this.started();
      untracked(() => this.follow(started));
    });
    inject(DestroyRef).onDestroy(() => this.polling?.unsubscribe());
  }

  protected undo(): void {
    const current = this.current();
    if (!current) return;
    this.undoer.undo(current).subscribe((undone) => {
      this.current.set(undone);
      this.changed.emit(undone);
    });
  }

  /** Asks for the progress every half second until the import is no longer running. */
  private follow(started: ImportDto): void {
    this.polling?.unsubscribe();
    this.current.set(started);
    if (!isRunning(started.status)) {
      this.changed.emit(started);
      return;
    }
    this.polling = timer(PROGRESS_POLL_MS, PROGRESS_POLL_MS)
      .pipe(
        switchMap(() => this.imports.get(started.id)),
        takeWhile((progress) => isRunning(progress.status), true),
      )
      .subscribe((progress) => {
        this.current.set(progress);
        if (!isRunning(progress.status)) this.changed.emit(progress);
      });
  }
}
