import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TaskDto } from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TasksService } from './tasks.service';

/** The open follow-up tasks of a department. */
@Component({
  selector: 'dl-department-tasks',
  imports: [TranslatePipe],
  template: `
    @if (tasks().length === 0) {
      <p>{{ 'tasks.noneOpen' | t }}</p>
    } @else {
      <ul>
        @for (task of tasks(); track task.id) {
          <li>{{ task.title }} {{ i18n.formatDate(task.dueAt) }}</li>
        }
      </ul>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentTasks {
  readonly departmentId = input.required<string>();
  protected readonly i18n = inject(I18nService);
  private readonly tasksService = inject(TasksService);
  protected readonly tasks = signal<TaskDto[]>([]);

  constructor() {
    effect(() => {
      const departmentId = this.departmentId();
      this.tasksService
        .list({ departmentId, status: 'open' })
        .subscribe((page) => this.tasks.set(page.items));
    });
  }
}
