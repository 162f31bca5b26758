import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, inject, signal } from '@angular/core';
import { TaskDto, TaskQuery, TaskStatus } from '@datenlotse/contracts';
import { Subscription } from 'rxjs';
import { LoadStatus } from '../core/loadable';
import { TaskActions } from './task-actions';
import { TaskDialogData } from './task-dialog';
import { TasksService } from './tasks.service';

/** Enough for anyone's list; the API pages beyond. */
const TASK_LIST_LIMIT = 200;

/**
 * A list of tasks for a query, and what a checklist does with it: tick off (the task leaves a list of the
 * other status), create, edit, delete. After a 409 the list is read again. Call in an injection context.
 */
export function taskListState(query: () => TaskQuery) {
  const service = inject(TasksService);
  const actions = inject(TaskActions);
  const tasks = signal<TaskDto[]>([]);
  const status = signal<LoadStatus>('loading');
  const busy = signal<ReadonlySet<string>>(new Set());
  let request: Subscription | undefined;

  const reload = (): void => {
    request?.unsubscribe();
    status.set('loading');
    request = service.list({ ...query(), limit: TASK_LIST_LIMIT }).subscribe({
      next: (page) => {
        tasks.set(page.items);
        status.set('ready');
      },
      error: () => status.set('error'),
    });
  };
  const setBusy = (id: string, on: boolean): void =>
    busy.update((ids) => new Set(on ? [...ids, id] : [...ids].filter((other) => other !== id)));
  const reloadOnConflict = (error: unknown): void => {
    if (error instanceof HttpErrorResponse && (error.status === 409 || error.status === 404)) reload();
  };
  /** Puts a saved task in place, or drops it when it no longer belongs to this list. */
  const place = (task: TaskDto): void => {
    const listed = query().status;
    tasks.update((shown) => {
      const others = shown.filter((other) => other.id !== task.id);
      return listed && task.status !== listed ? others : [task, ...others];
    });
  };

  inject(DestroyRef).onDestroy(() => request?.unsubscribe());

  return {
    tasks: tasks.asReadonly(),
    status: status.asReadonly(),
    busy: busy.asReadonly(),
    reload,
    toggle(task: TaskDto): void {
      const next: TaskStatus = task.status === 'done' ? 'open' : 'done';
      setBusy(task.id, true);
      actions.setStatus(task, next).subscribe({
        next: (saved) => {
          setBusy(task.id, false);
          place(saved);
        },
        error: (error: unknown) => {
          setBusy(task.id, false);
          reloadOnConflict(error);
        },
      });
    },
    edit(data: TaskDialogData): void {
      actions.edit(data).subscribe({
        next: () => reload(),
        error: reloadOnConflict,
      });
    },
    remove(task: TaskDto): void {
      actions.delete(task).subscribe({
        next: () => tasks.update((shown) => shown.filter((other) => other.id !== task.id)),
        error: reloadOnConflict,
      });
    },
  };
}
