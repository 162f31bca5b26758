import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TaskDto } from '@datenlotse/contracts';
import { AppIcons } from '../core/icons';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { WorkIcons } from '../timeline/work-icons';
import { isDueToday, taskLinkFragment, taskLinkPath } from './task-order';

/**
 * Tasks as a checklist: tick one off, open its record, edit or delete it from its menu. Overdue tasks say so
 * in words and with an icon, not by colour alone. The owner of the list does the work (see TaskActions).
 */
@Component({
  selector: 'dl-task-list',
  imports: [MatCheckboxModule, MatButtonModule, MatIconModule, MatMenuModule, RouterLink, TranslatePipe],
  templateUrl: './task-list.html',
  styleUrl: './task-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskList {
  readonly tasks = input.required<readonly TaskDto[]>();
  readonly canWrite = input(false);
  /** On a department's page the link to it would lead nowhere new (an interview's page would). */
  readonly showLink = input(true);
  readonly showAssignee = input(false);
  /** Ids of tasks being saved (their checkbox waits). */
  readonly busy = input<ReadonlySet<string>>(new Set());

  readonly toggleDone = output<TaskDto>();
  readonly edit = output<TaskDto>();
  readonly remove = output<TaskDto>();

  protected readonly i18n = inject(I18nService);
  protected readonly linkPath = taskLinkPath;
  protected readonly linkFragment = taskLinkFragment;
  protected readonly dueToday = (task: TaskDto): boolean => isDueToday(task);
  protected readonly linked = (task: TaskDto): boolean => this.showLink() || task.linkEntity === 'interview';

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
  }
}
