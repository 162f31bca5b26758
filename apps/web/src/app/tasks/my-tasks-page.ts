import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { PERMISSIONS, TaskStatus } from '@datenlotse/contracts';
import { AppIcons } from '../core/icons';
import { SessionService } from '../core/session.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { TaskCountStore } from './task-count.store';
import { TaskList } from './task-list';
import { taskListState } from './task-list-state';
import { sortDoneTasks, sortOpenTasks } from './task-order';

/** "Meine Aufgaben": the signed-in user's follow-ups, overdue first; done ones on request. */
@Component({
  selector: 'dl-my-tasks-page',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, TranslatePipe, LoadState, TaskList],
  template: `
    <div class="heading">
      <div>
        <h1 class="page-title">{{ 'tasks.title' | t }}</h1>
        <p class="page-intro">{{ 'tasks.intro' | t }}</p>
      </div>
      @if (canWrite()) {
        <button mat-flat-button type="button" (click)="list.edit({})">
          <mat-icon svgIcon="add" />
          {{ 'tasks.create' | t }}
        </button>
      }
    </div>

    <div class="toolbar">
      <mat-button-toggle-group
        [value]="view()"
        (change)="show($event.value)"
        [attr.aria-label]="'tasks.viewLabel' | t"
        hideSingleSelectionIndicator
      >
        <mat-button-toggle value="open">{{ 'tasks.viewOpen' | t }}</mat-button-toggle>
        <mat-button-toggle value="done">{{ 'tasks.viewDone' | t }}</mat-button-toggle>
      </mat-button-toggle-group>
      @if (view() === 'open' && list.status() === 'ready') {
        <p class="summary" aria-live="polite">
          {{ 'tasks.summary' | t: { open: sorted().length, overdue: overdueCount() } }}
        </p>
      }
    </div>

    <dl-load-state [status]="list.status()" (retry)="list.reload()" />
    @if (list.status() !== 'loading' || sorted().length > 0) {
      @if (sorted().length === 0) {
        <p class="empty">{{ (view() === 'open' ? 'tasks.emptyOpen' : 'tasks.emptyDone') | t }}</p>
      } @else {
        <dl-task-list
          [tasks]="sorted()"
          [canWrite]="canWrite()"
          [busy]="list.busy()"
          (toggleDone)="list.toggle($event)"
          (edit)="list.edit({ task: $event })"
          (remove)="list.remove($event)"
        />
      }
    }
  `,
  styles: `
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 8px 24px;
      margin-bottom: 16px;
    }
    .heading .page-intro {
      margin-bottom: 0;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 24px;
      margin-bottom: 8px;
    }
    .summary,
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      margin-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyTasksPage {
  private readonly session = inject(SessionService);
  private readonly count = inject(TaskCountStore);
  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.tasksWrite));
  protected readonly view = signal<TaskStatus>('open');
  protected readonly list = taskListState(() => ({ assignee: 'me', status: this.view() }));
  protected readonly sorted = computed(() =>
    this.view() === 'open' ? sortOpenTasks(this.list.tasks()) : sortDoneTasks(this.list.tasks()),
  );
  protected readonly overdueCount = computed(() => this.sorted().filter((task) => task.overdue).length);

  constructor() {
    inject(AppIcons);
    this.list.reload();
  }

  protected show(view: unknown): void {
    if (view !== 'open' && view !== 'done') return;
    this.view.set(view);
    this.list.reload();
    this.count.refresh();
  }
}
