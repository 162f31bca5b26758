import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { ImportDto } from '@datenlotse/contracts';
import { EMPTY, Observable, catchError, filter, switchMap, tap } from 'rxjs';
import { apiErrorOf } from '../core/api-error';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { ImportsService } from './imports.service';

/** "Import rückgängig machen": asks first, then undoes the whole import; a refusal is toasted with its reason. */
@Injectable({ providedIn: 'root' })
export class ImportUndo {
  private readonly imports = inject(ImportsService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly i18n = inject(I18nService);

  /** Emits the undone import; nothing when cancelled or refused. */
  undo(upload: ImportDto): Observable<ImportDto> {
    const data: ConfirmDialogData = {
      title: this.i18n.t('import.confirmUndoTitle'),
      text: this.i18n.t('import.confirmUndoText', {
        name: upload.fileName,
        created: this.i18n.formatNumber(upload.created),
        updated: this.i18n.formatNumber(upload.updated),
      }),
      confirm: this.i18n.t('import.undo'),
      danger: true,
    };
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() =>
          this.imports.undo(upload.id).pipe(
            catchError((error: unknown) => {
              const reason = apiErrorOf(error)?.message ?? this.i18n.t('errors.generic');
              void this.toast.show(this.i18n.t('import.undoRefused', { reason }), { error: true });
              return EMPTY;
            }),
          ),
        ),
        tap((undone) => void this.toast.show(this.i18n.t('import.undone', { name: undone.fileName }))),
      );
  }
}
