import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ApprovalDecision, ApprovalRequestDto, PERMISSIONS } from '@datenlotse/contracts';
import { loadable } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { ApprovalActions } from './approval-actions';
import { ApprovalIcons } from './approval-icons';
import { decidedLine } from './approval-labels';
import { ApprovalsService } from './approvals.service';

/** How many decided requests the page lists below the open ones (the newest). */
const DECIDED_SHOWN = 50;

/**
 * "Freigaben": a department head sees what waits for their decision first and decides in a dialog; the team
 * sees every open request and may withdraw one; management reads. Decided requests follow below.
 */
@Component({
  selector: 'dl-approvals-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe, LoadState],
  templateUrl: './approvals-page.html',
  styleUrl: './approvals-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalsPage {
  private readonly approvals = inject(ApprovalsService);
  private readonly actions = inject(ApprovalActions);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly requests = loadable(() => this.approvals.list());
  protected readonly isHead = computed(() => this.session.role() === 'department_head');
  protected readonly canWithdraw = computed(() => this.session.can(PERMISSIONS.approvalsRequest));

  /** Open requests: the ones addressed to me first, then the soonest to expire. */
  protected readonly pending = computed(() =>
    (this.requests.value() ?? [])
      .filter((request) => request.status === 'pending')
      .sort(
        (a, b) => Number(this.isMine(b)) - Number(this.isMine(a)) || a.expiresAt.localeCompare(b.expiresAt),
      ),
  );
  protected readonly decided = computed(() =>
    (this.requests.value() ?? [])
      .filter((request) => request.status !== 'pending')
      .sort((a, b) => (b.decidedAt ?? b.createdAt).localeCompare(a.decidedAt ?? a.createdAt))
      .slice(0, DECIDED_SHOWN),
  );

  constructor() {
    inject(ApprovalIcons);
  }

  protected isMine(request: ApprovalRequestDto): boolean {
    const user = this.session.user();
    return !!user && request.approverUserId === user.id;
  }

  /** The head asked decides; an admin may decide any request (audited as such). */
  protected mayDecide(request: ApprovalRequestDto): boolean {
    if (!this.session.can(PERMISSIONS.approvalsDecide)) return false;
    return this.session.role() === 'admin' || this.isMine(request);
  }

  protected line(request: ApprovalRequestDto): string {
    return decidedLine(request, this.i18n);
  }

  protected decide(request: ApprovalRequestDto, decision: ApprovalDecision): void {
    this.actions.decide(request, decision).subscribe(() => this.requests.reload());
  }

  protected withdraw(request: ApprovalRequestDto): void {
    this.actions.withdraw(request).subscribe(() => this.requests.reload());
  }
}
