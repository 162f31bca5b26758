import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  APPROVAL_DECISIONS,
  ApprovalDecision,
  ApprovalLinkView,
  FREQUENCIES,
  Frequency,
} from '@datenlotse/contracts';
import { catchError, map, of } from 'rxjs';
import { AppInfoService } from '../core/app-info.service';
import { loadable } from '../core/loadable';
import { loadableFor } from '../core/loadable-for';
import { approvalStatusLabel, decisionLabel, decisionNeedsComment } from '../approvals/approval-labels';
import { frequencyLabel } from '../datasets/dataset-labels';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { categoryLabel, objectionStatusLabel } from '../objections/objection-labels';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { optionalText } from '../shared/form-values';
import { LoadState } from '../shared/load-state';
import { PublicFrame } from '../shared/public-frame';
import { ApprovalsService } from '../approvals/approvals.service';

/** What the page shows: the link's view, or `invalid` for a token the API does not know (404). */
type Loaded = ApprovalLinkView | { state: 'invalid'; request: null; dataset: null; municipalityName: null };
type ClosedState = Exclude<ApprovalLinkView['state'], 'open'>;

/**
 * The page an approval mail links to (no sign-in): the dataset, its licence and its objections, and the
 * head's three decisions. A link that can no longer decide (used, expired, withdrawn, unknown) gets a
 * friendly page that says what happened and what to do, never an error screen.
 */
@Component({
  selector: 'dl-approval-link-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadState,
    PublicFrame,
  ],
  templateUrl: './approval-link-page.html',
  styleUrl: './approval-link-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalLinkPage {
  private readonly approvals = inject(ApprovalsService);
  private readonly appInfo = inject(AppInfoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18nService);

  /** From the path `/freigabe/:token`. */
  readonly token = input.required<string>();

  protected readonly view = loadableFor(this.token, (token) =>
    this.approvals.link(token).pipe(
      catchError((error: unknown) => {
        if (error instanceof HttpErrorResponse && (error.status === 404 || error.status === 410)) {
          return of<Loaded>({ state: 'invalid', request: null, dataset: null, municipalityName: null });
        }
        throw error;
      }),
      map((view): Loaded => view),
    ),
  );
  private readonly info = loadable(() => this.appInfo.info());
  protected readonly municipality = computed(
    () => this.view.value()?.municipalityName ?? this.info.value()?.municipalityName ?? null,
  );

  /** Set once the head's decision went through: the page thanks them instead of showing the form. */
  protected readonly done = signal<{ decision: ApprovalDecision; title: string } | null>(null);

  protected readonly decisions = APPROVAL_DECISIONS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    decision: ['' as ApprovalDecision | '', Validators.required],
    comment: ['', Validators.maxLength(4000)],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);
  protected readonly needsComment = signal(false);

  constructor() {
    // Rejecting and asking for changes must say why; the comment field follows the choice.
    this.form.controls.decision.valueChanges.pipe(takeUntilDestroyed()).subscribe((decision) => {
      const needed = decision !== '' && decisionNeedsComment(decision);
      this.needsComment.set(needed);
      const comment = this.form.controls.comment;
      comment.setValidators(
        needed ? [Validators.required, Validators.maxLength(4000)] : [Validators.maxLength(4000)],
      );
      comment.updateValueAndValidity();
    });
  }

  protected decisionKey(decision: ApprovalDecision): TranslationKey {
    return decisionLabel(decision);
  }

  protected commentKey(): TranslationKey {
    const decision = this.form.controls.decision.value;
    return decision === '' ? 'approvals.commentLabel.approved' : `approvals.commentLabel.${decision}`;
  }

  /** Why the link cannot decide; an `open` view without its dataset cannot be shown, so it counts as invalid. */
  private closedState(view: Loaded): ClosedState {
    return view.state === 'open' ? 'invalid' : view.state;
  }

  protected stateTitle(view: Loaded): TranslationKey {
    return `approvalLink.stateTitle.${this.closedState(view)}`;
  }

  protected stateText(view: Loaded): string {
    const key: TranslationKey = `approvalLink.stateText.${this.closedState(view)}`;
    return this.i18n.t(key, {
      date: this.i18n.formatDate(view.request?.expiresAt),
      status: view.request ? this.i18n.t(approvalStatusLabel(view.request.status)) : '',
    });
  }

  protected doneTitle(decision: ApprovalDecision): TranslationKey {
    return `approvalLink.doneTitle.${decision}`;
  }

  protected doneText(decision: ApprovalDecision, title: string): string {
    return this.i18n.t(`approvalLink.doneText.${decision}`, { title });
  }

  protected periodicity(value: string | null): string {
    if (!value) return this.i18n.t('approvalLink.notGiven');
    return (FREQUENCIES as readonly string[]).includes(value)
      ? this.i18n.t(frequencyLabel(value as Frequency))
      : value;
  }

  protected readonly categoryLabel = categoryLabel;
  protected readonly objectionStatusLabel = objectionStatusLabel;

  protected submit(title: string): void {
    if (this.submission.submitting()) return;
    const decision = this.form.controls.decision.value;
    if (this.form.invalid || decision === '') {
      this.form.markAllAsTouched();
      // Take the head to what is missing: the choice, or the reason it needs.
      const missing = decision === '' ? '.choices input' : 'textarea';
      this.host.nativeElement.querySelector<HTMLElement>(missing)?.focus();
      return;
    }
    const comment = optionalText(this.form.controls.comment.value);
    this.submission.begin();
    this.approvals.decideByLink(this.token(), comment ? { decision, comment } : { decision }).subscribe({
      next: () => {
        this.submission.end();
        this.done.set({ decision, title });
      },
      error: (error: unknown) => {
        // The link stopped deciding meanwhile (decided elsewhere, withdrawn, expired): show why.
        if (error instanceof HttpErrorResponse && [404, 409, 410].includes(error.status)) {
          this.submission.end();
          this.view.reload();
          return;
        }
        this.submission.fail(error);
      },
    });
  }
}
