import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { TaskDto, TaskStatus } from '@datenlotse/contracts';
import { Observable, filter, switchMap, tap } from 'rxjs';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { formDialogConfig } from '../shared/form-dialog';
import { TaskCountStore } from './task-count.store';
import { TaskDialog, TaskDialogData } from './task-dialog';
import { TasksService } from './tasks.service';

/**
 * What the task screens do with a task, in one place: each change is confirmed with a toast and updates the
 * badge. A stale version (409) is toasted by the error interceptor; the caller reloads its list.
 */
@Injectable({ providedIn: 'root' })
export class TaskActions {
  private readonly tasks = inject(TasksService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly i18n = inject(I18nService);
  private readonly count = inject(TaskCountStore);

  /** Ticks a task off (or reopens it). */
  setStatus(task: TaskDto, status: TaskStatus): Observable<TaskDto> {
    return this.tasks.update(task.id, { version: task.version, status }).pipe(
      tap((saved) => {
        this.count.refresh();
        const key = status === 'done' ? 'tasks.completed' : 'tasks.reopened';
        void this.toast.show(this.i18n.t(key, { title: saved.title }));
      }),
    );
  }

  /** Opens the create/edit dialog; emits the saved task (nothing when cancelled). */
  edit(data: TaskDialogData): Observable<TaskDto> {
    return this.dialog
      .open<TaskDialog, TaskDialogData, TaskDto>(TaskDialog, formDialogConfig(data))
      .afterClosed()
      .pipe(
        filter((task): task is TaskDto => !!task),
        tap((task) => {
          this.count.refresh();
          const key = data.task ? 'tasks.saved' : 'tasks.created';
          void this.toast.show(this.i18n.t(key, { title: task.title }));
        }),
      );
  }

  /** Asks first; emits once the task is gone. */
  delete(task: TaskDto): Observable<void> {
    const data: ConfirmDialogData = {
      title: this.i18n.t('tasks.confirmDeleteTitle'),
      text: this.i18n.t('tasks.confirmDeleteText', { title: task.title }),
      confirm: this.i18n.t('tasks.delete'),
      danger: true,
    };
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.tasks.delete(task.id)),
        tap(() => {
          this.count.refresh();
          void this.toast.show(this.i18n.t('tasks.deleted', { title: task.title }));
        }),
      );
  }
}
