import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import {
  DefinitionProblem,
  PERMISSIONS,
  QuestionnaireDefinition,
  QuestionnaireVersionDto,
  validateDefinition,
} from '@datenlotse/contracts';
import { EMPTY, Observable, Subscription, catchError, of, switchMap, tap } from 'rxjs';
import { LoadStatus } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { LoadState } from '../shared/load-state';
import { definitionProblems } from './definition-edits';
import { DefinitionEditor } from './definition-editor';
import { QuestionnaireIcons } from './questionnaire-icons';
import { QuestionnairePreview } from './questionnaire-preview';
import { problemText, serverDefinitionProblems } from './questionnaire-wording';
import { QuestionnairesService } from './questionnaires.service';

/**
 * A questionnaire version: a draft is edited here (sections, questions, order), checked as it is edited, saved
 * and published; a published version (or any version for a reader) opens read-only. The preview tab runs it
 * the way the interviewer will see it.
 */
@Component({
  selector: 'dl-questionnaire-editor',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTabsModule,
    TranslatePipe,
    LoadState,
    DefinitionEditor,
    QuestionnairePreview,
  ],
  templateUrl: './questionnaire-editor.html',
  styleUrl: './questionnaire-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionnaireEditor {
  readonly versionId = input.required<string>();

  private readonly service = inject(QuestionnairesService);
  private readonly session = inject(SessionService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18nService);

  protected readonly status = signal<LoadStatus>('loading');
  protected readonly version = signal<QuestionnaireVersionDto | null>(null);
  /** The definition as edited; `version().definition` is what the server has. */
  protected readonly definition = signal<QuestionnaireDefinition>({ sections: [] });
  protected readonly dirty = signal(false);
  protected readonly saving = signal(false);
  /** A message about the last save that stays until the next edit (a conflict, a refusal). */
  protected readonly notice = signal<string | null>(null);
  private readonly serverProblems = signal<DefinitionProblem[]>([]);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.questionnairesWrite));
  protected readonly editable = computed(() => this.canWrite() && this.version()?.status === 'draft');
  /** The client's own checks, and what the server refused until the next edit. */
  protected readonly problems = computed(() => [
    ...validateDefinition(this.definition()),
    ...this.serverProblems(),
  ]);
  protected readonly generalProblems = computed(() =>
    definitionProblems(this.problems()).map((problem) => problemText(this.i18n, problem)),
  );
  protected readonly problemCount = computed(() =>
    this.i18n.t('questionnaires.editor.problemCount', { count: this.problems().length }),
  );
  private request: Subscription | undefined;

  constructor() {
    inject(QuestionnaireIcons);
    effect(() => {
      const id = this.versionId();
      untracked(() => this.load(id));
    });
  }

  protected reload(): void {
    this.load(this.versionId());
  }

  protected edit(definition: QuestionnaireDefinition): void {
    this.definition.set(definition);
    this.dirty.set(true);
    this.serverProblems.set([]);
    this.notice.set(null);
  }

  /** Takes a keyboard user to the first marked problem: its question's edit button, or its part's heading. */
  protected showFirstProblem(): void {
    const problem = this.host.nativeElement.querySelector('dl-definition-editor .problem-list');
    const target =
      problem?.closest('.question')?.querySelector<HTMLElement>('[id^="q-edit-"]') ??
      problem?.closest('section')?.querySelector<HTMLElement>('h2');
    // Focus scrolls it into view.
    target?.focus();
  }

  protected save(): void {
    this.saved().subscribe();
  }

  /** Publishes after a confirmation; unsaved edits are saved first, so what is published is what is shown. */
  protected publish(): void {
    const version = this.version();
    if (!version || this.problems().length > 0) return;
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          title: this.i18n.t('questionnaires.editor.publishTitle', { number: version.number }),
          text: this.i18n.t('questionnaires.editor.publishText'),
          confirm: this.i18n.t('questionnaires.editor.publish'),
        },
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.saved()
          .pipe(switchMap((current) => this.service.publish(current.id, current.version)))
          .subscribe({
            next: (published) => {
              this.show(published);
              void this.toast.show(
                this.i18n.t('questionnaires.editor.published', { number: published.number }),
              );
            },
            error: (error: unknown) => this.failed(error),
          });
      });
  }

  protected editNewVersion(): void {
    const version = this.version();
    if (!version) return;
    this.service.draft(version.templateId).subscribe((draft) => {
      void this.router.navigate(['/questionnaires/versions', draft.id]);
    });
  }

  /**
   * The version as saved: saves the edits first when there are any. A refused save is dealt with here (see
   * `failed`) and emits nothing, so that nothing is published after it.
   */
  private saved(): Observable<QuestionnaireVersionDto> {
    const version = this.version();
    if (!version) return EMPTY;
    if (!this.dirty()) return of(version);
    this.saving.set(true);
    this.notice.set(null);
    const sent = this.definition();
    return this.service.saveVersion(version.id, { version: version.version, definition: sent }).pipe(
      tap((saved) => {
        this.saving.set(false);
        this.version.set(saved);
        // Edits made while the request was under way stay unsaved.
        if (this.definition() === sent) this.dirty.set(false);
      }),
      catchError((error: unknown) => {
        this.saving.set(false);
        this.failed(error);
        return EMPTY;
      }),
    );
  }

  /** A refused save or publish: problems go to their places; a conflict reloads what the server has. */
  private failed(error: unknown): void {
    if (error instanceof HttpErrorResponse && error.status === 409) {
      const draftGone = this.version()?.status === 'draft';
      this.load(this.versionId(), () =>
        this.notice.set(
          this.version()?.status === 'published' && draftGone
            ? this.i18n.t('questionnaires.editor.notDraft')
            : this.i18n.t('questionnaires.editor.conflict'),
        ),
      );
      return;
    }
    this.serverProblems.set(serverDefinitionProblems(error));
  }

  private load(id: string, then?: () => void): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.request = this.service.version(id).subscribe({
      next: (version) => {
        this.show(version);
        then?.();
      },
      error: () => this.status.set('error'),
    });
  }

  private show(version: QuestionnaireVersionDto): void {
    this.version.set(version);
    this.definition.set(version.definition);
    this.dirty.set(false);
    this.serverProblems.set([]);
    this.status.set('ready');
  }
}
