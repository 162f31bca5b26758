import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { PERMISSIONS, TaskCount } from '@datenlotse/contracts';
import { Subject, catchError, filter, of, switchMap } from 'rxjs';
import { SessionService } from '../core/session.service';
import { TasksService } from './tasks.service';

/**
 * The signed-in user's open and overdue tasks, for the badge in the navigation. Asked again after every
 * navigation and whenever a screen changed a task (`refresh()`); a newer question cancels an older one.
 */
@Injectable({ providedIn: 'root' })
export class TaskCountStore {
  private readonly tasks = inject(TasksService);
  private readonly session = inject(SessionService);
  private readonly refreshes = new Subject<void>();
  private readonly current = signal<TaskCount | null>(null);

  readonly count = this.current.asReadonly();
  readonly open = computed(() => this.current()?.open ?? 0);
  readonly overdue = computed(() => this.current()?.overdue ?? 0);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.refreshes
      .pipe(
        switchMap(() =>
          this.session.can(PERMISSIONS.tasksRead)
            ? this.tasks.count().pipe(catchError(() => of(null)))
            : of(null),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((count) => this.current.set(count));
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe(() => this.refresh());
    this.refresh();
  }

  refresh(): void {
    this.refreshes.next();
  }
}
