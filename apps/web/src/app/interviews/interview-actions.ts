import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { InterviewDto } from '@datenlotse/contracts';
import { Observable, defaultIfEmpty, filter, map, of, switchMap, tap } from 'rxjs';
import { ToastService } from '../core/toast.service';
import { TranslationKey } from '../i18n/de';
import { I18nService, TranslationParams } from '../i18n/i18n.service';
import { formDialogConfig } from '../shared/form-dialog';
import {
  CancelInterviewDialog,
  CancelInterviewDialogData,
  CancelInterviewDialogResult,
} from './cancel-interview-dialog';
import { InvitationDialog, InvitationDialogData, InvitationOccasion } from './invitation-dialog';
import { interviewWhen } from './interview-wording';
import {
  PlanInterviewDialog,
  PlanInterviewDialogData,
  PlanInterviewDialogResult,
} from './plan-interview-dialog';

type SavedPlan = Extract<PlanInterviewDialogResult, { kind: 'saved' }>;

/** What came of changing an interview: the saved one, or 'stale' when someone else changed it first. */
export type InterviewChange = InterviewDto | 'stale';

/**
 * What the interview screens do with an interview, in one place (the list, its page and the department's
 * card): each change is confirmed with a toast; after planning or moving it, sending the invitation is offered.
 * A stale version (409) is toasted by the error interceptor; the caller reads the interview again.
 */
@Injectable({ providedIn: 'root' })
export class InterviewActions {
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly i18n = inject(I18nService);

  /** Plans one; emits it once planned (and, if the invitation was sent right away, as it is then). */
  plan(data: Omit<PlanInterviewDialogData, 'interview'> = {}): Observable<InterviewDto> {
    return this.openPlan(data).pipe(
      filter((result): result is SavedPlan => result?.kind === 'saved'),
      tap(({ interview }) =>
        this.notify('interviews.planned', {
          department: interview.departmentName,
          when: interviewWhen(this.i18n, interview),
        }),
      ),
      switchMap(({ interview }) => this.offerInvitation(interview, 'planned')),
    );
  }

  /** Changes the plan; after a new time or place the invitation can go out again. */
  edit(interview: InterviewDto): Observable<InterviewChange> {
    return this.openPlan({ interview }).pipe(
      filter((result) => result !== undefined),
      switchMap((result) => {
        if (result.kind === 'stale') return of('stale' as const);
        this.notify('interviews.saved');
        return result.rescheduled
          ? this.offerInvitation(result.interview, 'rescheduled')
          : of(result.interview);
      }),
    );
  }

  /** Sends (or sends again) the invitation; emits the interview once it went out. */
  invite(interview: InterviewDto, occasion: InvitationOccasion = 'manual'): Observable<InterviewDto> {
    return this.dialog
      .open<InvitationDialog, InvitationDialogData, InterviewDto>(
        InvitationDialog,
        formDialogConfig({ interview, occasion }),
      )
      .afterClosed()
      .pipe(
        filter((sent): sent is InterviewDto => !!sent),
        tap(() => this.notify('interviews.invitationSent')),
      );
  }

  /** Asks for the reason; emits the cancelled interview. */
  cancel(interview: InterviewDto): Observable<InterviewChange> {
    return this.dialog
      .open<CancelInterviewDialog, CancelInterviewDialogData, CancelInterviewDialogResult>(
        CancelInterviewDialog,
        formDialogConfig({ interview }),
      )
      .afterClosed()
      .pipe(
        filter((result) => result !== undefined),
        map((result) => (result.kind === 'cancelled' ? result.interview : ('stale' as const))),
        tap((result) => {
          if (result !== 'stale') this.notify('interviews.cancelled');
        }),
      );
  }

  private openPlan(data: PlanInterviewDialogData): Observable<PlanInterviewDialogResult | undefined> {
    return this.dialog
      .open<PlanInterviewDialog, PlanInterviewDialogData, PlanInterviewDialogResult>(PlanInterviewDialog, {
        ...formDialogConfig(data),
        width: '640px',
      })
      .afterClosed();
  }

  /** Nobody invited, nobody to write to; "Später" keeps the interview as it is. */
  private offerInvitation(interview: InterviewDto, occasion: InvitationOccasion): Observable<InterviewDto> {
    if (interview.invitees.length === 0) return of(interview);
    return this.invite(interview, occasion).pipe(defaultIfEmpty(interview));
  }

  private notify(key: TranslationKey, params?: TranslationParams): void {
    void this.toast.show(this.i18n.t(key, params));
  }
}
