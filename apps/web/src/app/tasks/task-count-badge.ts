import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { I18nService } from '../i18n/i18n.service';
import { WorkIcons } from '../timeline/work-icons';
import { TaskCountStore } from './task-count.store';

/**
 * The number of open tasks beside "Aufgaben" in the navigation; with a warning sign when some are overdue.
 * Screen readers hear the whole sentence ("3 offene Aufgaben, 1 überfällig") as part of the link.
 */
@Component({
  selector: 'dl-task-count-badge',
  imports: [MatIconModule],
  template: `
    @if (store.open() > 0) {
      <span class="badge" [class.overdue]="store.overdue() > 0" role="img" [attr.aria-label]="label()">
        @if (store.overdue() > 0) {
          <mat-icon svgIcon="warning" aria-hidden="true" />
        }
        {{ i18n.formatNumber(store.open()) }}
      </span>
    }
  `,
  styles: `
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      min-width: 24px;
      height: 24px;
      padding: 0 8px;
      box-sizing: border-box;
      justify-content: center;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
    .overdue {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    mat-icon {
      width: 16px;
      height: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskCountBadge {
  protected readonly store = inject(TaskCountStore);
  protected readonly i18n = inject(I18nService);
  protected readonly label = computed(() => {
    const open = this.store.open();
    const overdue = this.store.overdue();
    const openText = this.i18n.t('tasks.badge', { count: open });
    return overdue > 0 ? this.i18n.t('tasks.badgeOverdue', { open: openText, overdue }) : openText;
  });

  constructor() {
    inject(WorkIcons);
  }
}
