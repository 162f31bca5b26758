import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { DatasetDto } from '@datenlotse/contracts';
import { Observable, catchError, map, of } from 'rxjs';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { formDialogConfig } from '../shared/form-dialog';
import { datasetRuleLabel, datasetStageLabel } from './dataset-labels';
import { MoveSubject, OfferedMove } from './dataset-moves';
import { DatasetsService } from './datasets.service';
import { MoveDialog, MoveDialogData, MoveDialogResult } from './move-dialog';
import { refusalMessage } from './refusal';

export type MoveResult =
  | { kind: 'moved'; dataset: DatasetDto; announcement: string }
  | { kind: 'cancelled' }
  /** Refused by the guards or the API; the toast has said why. */
  | { kind: 'refused'; message: string };

/**
 * Makes a move the way every screen makes it: refused moves are explained, moves that need a reason or the
 * portal URL ask for it first, the rest go straight to the API. A refusal (409) is shown as a toast in the
 * rule's words; the caller puts the dataset back where it was.
 */
@Injectable({ providedIn: 'root' })
export class DatasetMover {
  private readonly datasets = inject(DatasetsService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly i18n = inject(I18nService);

  move(subject: MoveSubject, move: OfferedMove): Observable<MoveResult> {
    if (!move.enabled) {
      return of(this.refused(this.i18n.t(datasetRuleLabel(move.refusal ?? 'illegalTransition'))));
    }
    const result =
      move.needsReason || move.asksPortalUrl
        ? this.dialog
            .open<
              MoveDialog,
              MoveDialogData,
              MoveDialogResult
            >(MoveDialog, formDialogConfig({ subject, move }))
            .afterClosed()
        : this.datasets.transition(subject.id, { to: move.to, version: subject.version }).pipe(
            map((dataset): MoveDialogResult => ({ kind: 'moved', dataset })),
            catchError((error: unknown) => {
              // Other failures the interceptor has toasted already.
              if (!(error instanceof HttpErrorResponse && error.status === 409)) throw error;
              return of<MoveDialogResult>({ kind: 'refused', message: refusalMessage(error, this.i18n) });
            }),
          );
    return result.pipe(
      map((outcome): MoveResult => {
        if (!outcome) return { kind: 'cancelled' };
        if (outcome.kind === 'refused') return this.refused(outcome.message);
        const stage = this.i18n.t(datasetStageLabel(outcome.dataset.stage));
        return {
          kind: 'moved',
          dataset: outcome.dataset,
          announcement: this.i18n.t('datasetMove.done', { title: outcome.dataset.title, stage }),
        };
      }),
    );
  }

  private refused(message: string): MoveResult {
    void this.toast.show(message, { error: true });
    return { kind: 'refused', message };
  }
}
