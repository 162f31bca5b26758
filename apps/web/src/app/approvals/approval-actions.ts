import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { ApprovalDecision, ApprovalRequestDto } from '@datenlotse/contracts';
import { Observable, filter, map, switchMap, tap } from 'rxjs';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { formDialogConfig } from '../shared/form-dialog';
import { ApprovalsService } from './approvals.service';
import { DecideDialog, DecideDialogData, DecideDialogResult } from './decide-dialog';

/**
 * What the approval screens do with a request, in one place: decide (a dialog) and withdraw (asked first),
 * each confirmed with a toast. Emits once something changed, so the caller reloads.
 */
@Injectable({ providedIn: 'root' })
export class ApprovalActions {
  private readonly approvals = inject(ApprovalsService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly i18n = inject(I18nService);

  decide(request: ApprovalRequestDto, decision: ApprovalDecision): Observable<void> {
    return this.dialog
      .open<DecideDialog, DecideDialogData, DecideDialogResult>(
        DecideDialog,
        formDialogConfig({ request, decision }),
      )
      .afterClosed()
      .pipe(
        filter((result): result is DecideDialogResult => !!result),
        tap((result) => {
          const message =
            result.kind === 'decided'
              ? this.i18n.t(`approvals.decided.toast.${decision}`, { title: request.datasetTitle })
              : this.i18n.t('approvals.alreadyDecided');
          void this.toast.show(message, { error: result.kind === 'stale' });
        }),
        map(() => undefined),
      );
  }

  withdraw(request: ApprovalRequestDto): Observable<void> {
    const data: ConfirmDialogData = {
      title: this.i18n.t('approvals.withdrawTitle'),
      text: this.i18n.t('approvals.withdrawText', { title: request.datasetTitle }),
      confirm: this.i18n.t('approvals.withdrawRequest'),
      danger: true,
    };
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.approvals.withdraw(request.id)),
        tap(() => void this.toast.show(this.i18n.t('approvals.withdrawn', { title: request.datasetTitle }))),
        map(() => undefined),
      );
  }
}
