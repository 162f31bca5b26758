import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { InterviewSummaryDto, PERMISSIONS } from '@datenlotse/contracts';
import { AppIcons } from '../core/icons';
import { loadableFor } from '../core/loadable-for';
import { SessionService } from '../core/session.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { InterviewActions } from './interview-actions';
import { InterviewStatusChip } from './interview-status-chip';
import { interviewWhen } from './interview-wording';
import { InterviewsService } from './interviews.service';

/** How many interviews the card lists; the link leads to all of them. */
export const DEPARTMENT_INTERVIEWS_SHOWN = 5;

/** The unit's interviews on its page, each with its status, and "Interview planen" for this unit. */
@Component({
  selector: 'dl-department-interviews',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, LoadState, InterviewStatusChip],
  template: `
    <dl-load-state [status]="page.status()" (retry)="page.reload()" />
    @if (page.value(); as page) {
      @if (page.items.length === 0) {
        <p class="empty">
          {{ (canWrite() ? 'deptInterviews.empty' : 'deptInterviews.emptyReader') | t }}
        </p>
      } @else {
        <ul class="interviews">
          @for (row of page.items; track row.id) {
            <li>
              <a [routerLink]="['/interviews', row.id]">
                <time [attr.datetime]="row.scheduledAt">{{ when(row) }}</time>
              </a>
              <dl-interview-status-chip [status]="row.status" />
            </li>
          }
        </ul>
      }
      <div class="footer">
        @if (canWrite()) {
          <button mat-stroked-button type="button" (click)="plan()">
            <mat-icon svgIcon="add" />
            {{ 'interviews.plan' | t }}
          </button>
        }
        @if (page.total > 0) {
          <a routerLink="/interviews" [queryParams]="{ status: 'all', departmentId: departmentId() }">
            {{ 'deptInterviews.all' | t: { count: page.total } }}
          </a>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .interviews {
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 8px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .empty {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentInterviews {
  readonly departmentId = input.required<string>();
  /** An interview was planned: the unit's stage and timeline follow. */
  readonly planned = output();
  private readonly interviews = inject(InterviewsService);
  private readonly actions = inject(InterviewActions);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.interviewsWrite));
  protected readonly page = loadableFor(this.departmentId, (departmentId) =>
    this.interviews.list({ departmentId, limit: DEPARTMENT_INTERVIEWS_SHOWN }),
  );

  constructor() {
    inject(AppIcons);
  }

  protected when(row: InterviewSummaryDto): string {
    return interviewWhen(this.i18n, row);
  }

  /** Planned here, so the unit is preset; the card (and the unit's stage) shows it right after. */
  protected plan(): void {
    this.actions.plan({ departmentId: this.departmentId() }).subscribe(() => {
      this.page.reload();
      this.planned.emit();
    });
  }
}
