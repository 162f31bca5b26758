import { LiveAnnouncer } from '@angular/cdk/a11y';
import { BreakpointObserver } from '@angular/cdk/layout';
import { StepperSelectionEvent } from '@angular/cdk/stepper';
import { NgTemplateOutlet } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { Router, RouterLink } from '@angular/router';
import {
  AnswerMap,
  AnswerValue,
  InterviewDto,
  InterviewIncomplete,
  QuestionDefinition,
  QuestionnaireSection,
  isQuestionVisible,
} from '@datenlotse/contracts';
import { catchError, filter, firstValueFrom, map, of, switchMap, timeout } from 'rxjs';
import { ContactsService } from '../../contacts/contacts.service';
import { loadableFor } from '../../core/loadable-for';
import { ToastService } from '../../core/toast.service';
import { I18nService } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { LoadState } from '../../shared/load-state';
import { InterviewsService } from '../interviews.service';
import { answerInWords } from './answer-words';
import { CompleteDialog, CompleteDialogData } from './complete-dialog';
import { MissingAnswer, completionSummary, missingAnswers, missingByKeys } from './completion';
import { InterviewRunIcons } from './interview-run-icons';
import { InterviewSync, SaveConflict, SaveKind, savableValue, saveId } from './interview-sync';
import { localized } from './localized';
import { QuestionContact, QuestionField } from './question-field';
import { RunTimer } from './run-timer';

/** Text waits this long after the last key before it is saved; choices are saved at once. */
export const TYPING_PAUSE_MS = 600;
const TYPED: readonly string[] = ['text', 'dataset_list', 'objection_list'];
/** How long completing waits for the queue to empty before it gives up. */
const FLUSH_TIMEOUT_MS = 20_000;

/**
 * The guided interview screen, used live in the meeting: one part at a time (a stepper), every answer and note
 * saved on its own as it is given (through the InterviewSync queue, which survives a dropped network and a
 * reload), the save state and a timer always in view, and completion with what it will create.
 */
@Component({
  selector: 'dl-interview-run-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatStepperModule,
    TranslatePipe,
    LoadState,
    QuestionField,
    RunTimer,
  ],
  providers: [InterviewSync],
  templateUrl: './interview-run-page.html',
  styleUrl: './interview-run-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'shortcut($event)' },
})
export class InterviewRunPage {
  /** The interview's id, from the route. */
  readonly id = input.required<string>();

  private readonly interviews = inject(InterviewsService);
  private readonly contactsService = inject(ContactsService);
  protected readonly sync = inject(InterviewSync);
  protected readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly injector = inject(Injector);
  private readonly stepper = viewChild(MatStepper);

  /** Opening the screen starts a planned interview (its timer begins); the others are read as they are. */
  protected readonly interview = loadableFor(this.id, (id) =>
    this.interviews
      .get(id)
      .pipe(switchMap((found) => (found.status === 'planned' ? this.interviews.start(id) : of(found)))),
  );
  protected readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe('(min-width: 720px)')
      .pipe(map((state) => state.matches)),
    { initialValue: true },
  );

  /** The answers as entered here: the server's, with unsaved changes over them. */
  protected readonly answers = signal<Record<string, AnswerValue | undefined>>({});
  protected readonly notes = signal<Record<string, string | undefined>>({});
  protected readonly contacts = signal<QuestionContact[]>([]);
  protected readonly step = signal(0);
  protected readonly missing = signal<MissingAnswer[]>([]);
  protected readonly completing = signal(false);
  /** Why completing did not go ahead (offline, conflicts, the server's reason). */
  protected readonly completeProblem = signal<string | null>(null);
  /** The last saved text of each answer, so that an edit that changes nothing is not sent. */
  private readonly lastQueued = new Map<string, string>();
  private version = 0;

  protected readonly sections = computed(() => this.interview.value()?.definition.sections ?? []);
  protected readonly editable = computed(() => {
    const status = this.interview.value()?.status;
    return status === 'in_progress' || status === 'completed';
  });
  protected readonly syncText = computed(() => {
    const count = this.sync.pendingCount();
    switch (this.sync.state()) {
      case 'saved':
        return this.i18n.t('interviewRun.saved');
      case 'saving':
        return this.i18n.t('interviewRun.saving');
      case 'offline':
        return this.i18n.t('interviewRun.offline', { count });
      case 'conflict':
        return this.i18n.t('interviewRun.conflicts', { count: this.sync.conflicts().length });
    }
  });

  constructor() {
    inject(InterviewRunIcons);
    effect(() => {
      const interview = this.interview.value();
      if (interview) untracked(() => this.begin(interview));
    });
  }

  protected title(section: QuestionnaireSection): string {
    return localized(section.title, this.i18n.locale());
  }

  protected intro(section: QuestionnaireSection): string {
    return localized(section.intro, this.i18n.locale());
  }

  protected visibleQuestions(section: QuestionnaireSection): QuestionDefinition[] {
    const interview = this.interview.value();
    if (!interview) return [];
    const answers: AnswerMap = this.answers();
    return section.questions.filter((question) => isQuestionVisible(interview.definition, question, answers));
  }

  protected questionText(question: QuestionDefinition): string {
    return localized(question.text, this.i18n.locale());
  }

  protected answerChanged(question: QuestionDefinition, value: AnswerValue): void {
    this.answers.update((answers) => ({ ...answers, [question.key]: value }));
    this.missing.update((missing) => missing.filter((item) => item.key !== question.key));
    const savable = savableValue(question, value);
    const text = JSON.stringify(savable);
    if (this.lastQueued.get(question.key) === text) return;
    this.lastQueued.set(question.key, text);
    this.sync.queue('answer', question.key, savable, TYPED.includes(question.type) ? TYPING_PAUSE_MS : 0);
  }

  protected noteChanged(section: QuestionnaireSection, event: Event): void {
    const body = (event.target as HTMLTextAreaElement).value;
    this.notes.update((notes) => ({ ...notes, [section.key]: body }));
    this.sync.queue('note', section.key, body, TYPING_PAUSE_MS);
  }

  protected conflictOf(kind: SaveKind, key: string): SaveConflict | undefined {
    return this.sync.conflicts().find((conflict) => conflict.kind === kind && conflict.key === key);
  }

  protected errorOf(key: string): string | null {
    const error = this.sync.errors()[saveId('answer', key)];
    return error ? this.i18n.t('interviewRun.refused', { reason: error }) : null;
  }

  protected inWords(question: QuestionDefinition, value: AnswerValue | undefined): string {
    return answerInWords(question, value, {
      i18n: this.i18n,
      answers: this.answers(),
      contacts: this.contacts(),
    });
  }

  protected keepMine(conflict: SaveConflict): void {
    this.sync.keepMine(conflict.kind, conflict.key);
  }

  protected takeTheirs(conflict: SaveConflict): void {
    const value = this.sync.takeTheirs(conflict.kind, conflict.key);
    if (value === undefined) return;
    if (conflict.kind === 'note') {
      this.notes.update((notes) => ({ ...notes, [conflict.key]: String(value ?? '') }));
    } else {
      this.answers.update((answers) => ({ ...answers, [conflict.key]: value }));
      this.lastQueued.set(conflict.key, JSON.stringify(value));
    }
  }

  protected stepChanged(event: StepperSelectionEvent): void {
    this.step.set(event.selectedIndex);
    const section = this.sections()[event.selectedIndex];
    if (!section) return;
    void this.announcer.announce(
      this.i18n.t('interviewRun.partAnnounce', {
        number: event.selectedIndex + 1,
        count: this.sections().length,
        title: this.title(section),
      }),
    );
    afterNextRender(() => document.getElementById(`part-heading-${event.selectedIndex}`)?.focus(), {
      injector: this.injector,
    });
  }

  /** Alt+→ and Alt+← go to the next and previous part (not in text on a Mac, where they move by word). */
  protected shortcut(event: KeyboardEvent): void {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const target = event.target as HTMLElement | null;
    const inText = !!target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT');
    if (inText && /Mac/i.test(navigator.platform)) return;
    const stepper = this.stepper();
    if (!stepper) return;
    event.preventDefault();
    if (event.key === 'ArrowRight') stepper.next();
    else stepper.previous();
  }

  /** Opens the part of a missing answer and puts the focus into its question. */
  protected jumpTo(item: MissingAnswer): void {
    const stepper = this.stepper();
    if (stepper) stepper.selectedIndex = item.sectionIndex;
    afterNextRender(
      () => {
        const block = document.getElementById(`question-${item.key}`);
        // Optional call: the test DOM has no scrolling.
        block?.scrollIntoView?.({ block: 'center' });
        const control = block?.querySelector<HTMLElement>('input, textarea, [role="combobox"], button');
        (control ?? block)?.focus();
      },
      { injector: this.injector },
    );
  }

  protected sectionTitleOf(item: MissingAnswer): string {
    const section = this.sections()[item.sectionIndex];
    return section ? this.title(section) : '';
  }

  /** Completion: the missing answers first; else the summary, then wait for every save, then complete. */
  protected async complete(): Promise<void> {
    const interview = this.interview.value();
    if (!interview || this.completing()) return;
    this.completeProblem.set(null);
    const missing = missingAnswers(interview.definition, this.answers());
    this.missing.set(missing);
    if (missing.length > 0) {
      this.focusMissing();
      return;
    }
    const data: CompleteDialogData = {
      summary: completionSummary(interview.definition, this.answers()),
      again: interview.status === 'completed',
    };
    const confirmed: unknown = await firstValueFrom(
      this.dialog.open(CompleteDialog, { data, width: '520px', maxWidth: '95vw' }).afterClosed(),
    );
    if (confirmed !== true) return;
    if (this.sync.offline() || !navigator.onLine) {
      this.completeProblem.set(this.i18n.t('interviewRun.completeOffline'));
      return;
    }
    this.completing.set(true);
    try {
      if (!(await this.allSaved())) return;
      const completed = await firstValueFrom(this.interviews.complete(interview.id, this.version));
      void this.toast.show(this.i18n.t('interviewRun.completed'));
      void this.router.navigate(['/interviews', completed.id]);
    } catch (error: unknown) {
      this.completionFailed(interview, error);
    } finally {
      this.completing.set(false);
    }
  }

  /** Sends what is queued and waits until the queue is empty; false (with the reason shown) when it cannot. */
  private async allSaved(): Promise<boolean> {
    this.sync.flush();
    if (this.sync.state() === 'saved') return true;
    const state = await firstValueFrom(
      toObservable(this.sync.state, { injector: this.injector }).pipe(
        filter((candidate) => candidate !== 'saving'),
        timeout(FLUSH_TIMEOUT_MS),
        catchError(() => of('saving' as const)),
      ),
    );
    if (state === 'saved') return true;
    this.completeProblem.set(
      this.i18n.t(state === 'conflict' ? 'interviewRun.completeConflicts' : 'interviewRun.completeOffline'),
    );
    return false;
  }

  private completionFailed(interview: InterviewDto, error: unknown): void {
    if (!(error instanceof HttpErrorResponse)) throw error;
    const body = error.error as Partial<InterviewIncomplete> | null;
    if (error.status === 400 && Array.isArray(body?.missing)) {
      this.missing.set(missingByKeys(interview.definition, body.missing));
      this.focusMissing();
    } else if (error.status === 409) {
      // Someone changed the planning meanwhile: its new version lets the next attempt through.
      this.interviews.get(interview.id).subscribe((fresh) => (this.version = fresh.version));
      this.completeProblem.set(this.i18n.t('interviewRun.completeStale'));
    } else if (error.status === 0) {
      this.completeProblem.set(this.i18n.t('interviewRun.completeOffline'));
    }
  }

  private focusMissing(): void {
    afterNextRender(() => document.getElementById('missing-answers')?.focus(), { injector: this.injector });
  }

  /** Takes the interview as loaded, with what an earlier visit left unsaved over it. */
  private begin(interview: InterviewDto): void {
    this.version = interview.version;
    const answers: Record<string, AnswerValue> = {};
    for (const answer of interview.answers) answers[answer.questionKey] = answer.value;
    const notes: Record<string, string> = {};
    for (const note of interview.notes) notes[note.sectionKey] = note.body;
    this.lastQueued.clear();
    for (const [key, value] of Object.entries(answers)) this.lastQueued.set(key, JSON.stringify(value));
    if (interview.status !== 'cancelled') {
      for (const save of this.sync.start(interview.id, interview.answers, interview.notes)) {
        if (save.kind === 'note') {
          notes[save.key] = String(save.value ?? '');
        } else {
          answers[save.key] = save.value;
          this.lastQueued.set(save.key, JSON.stringify(save.value));
        }
      }
    }
    this.answers.set(answers);
    this.notes.set(notes);
    this.loadContacts(interview.departmentId);
  }

  private loadContacts(departmentId: string): void {
    this.contactsService
      .list({ departmentId, includeSubunits: true, limit: 200 })
      .pipe(catchError(() => of({ items: [], total: 0 })))
      .subscribe((page) =>
        this.contacts.set(
          page.items.map((contact) => ({
            id: contact.id,
            name: contact.name ?? this.i18n.t('questionField.unknownContact'),
            role: contact.title,
          })),
        ),
      );
  }
}
