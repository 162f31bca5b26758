import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { PERMISSIONS } from '@datenlotse/contracts';
import { AppIcons } from '../core/icons';
import { SessionService } from '../core/session.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { TaskList } from './task-list';
import { taskListState } from './task-list-state';
import { sortOpenTasks } from './task-order';

/** The open follow-up tasks of a department, for its page: tick off, add (about this department), edit. */
@Component({
  selector: 'dl-department-tasks',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LoadState, TaskList],
  template: `
    <dl-load-state [status]="list.status()" (retry)="list.reload()" />
    @if (list.status() === 'ready' || sorted().length > 0) {
      @if (sorted().length === 0) {
        <p class="empty">{{ 'tasks.noneOpen' | t }}</p>
      } @else {
        <dl-task-list
          [tasks]="sorted()"
          [canWrite]="canWrite()"
          [showLink]="false"
          [showAssignee]="true"
          [busy]="list.busy()"
          (toggleDone)="list.toggle($event)"
          (edit)="list.edit({ task: $event })"
          (remove)="list.remove($event)"
        />
      }
    }
    @if (canWrite()) {
      <button
        mat-stroked-button
        type="button"
        class="add"
        (click)="list.edit({ departmentId: departmentId() })"
      >
        <mat-icon svgIcon="add" />
        {{ 'tasks.create' | t }}
      </button>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .add {
      margin-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentTasks {
  readonly departmentId = input.required<string>();
  private readonly session = inject(SessionService);
  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.tasksWrite));
  protected readonly list = taskListState(() => ({ departmentId: this.departmentId(), status: 'open' }));
  protected readonly sorted = computed(() => sortOpenTasks(this.list.tasks()));

  constructor() {
    inject(AppIcons);
    effect(() => {
      this.departmentId();
      untracked(() => this.list.reload());
    });
  }
}
