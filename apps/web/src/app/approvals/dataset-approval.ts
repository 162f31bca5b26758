import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { ApprovalDecision, ApprovalRequestDto, DatasetDto, PERMISSIONS } from '@datenlotse/contracts';
import { filter } from 'rxjs';
import { loadableFor } from '../core/loadable-for';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { formDialogConfig } from '../shared/form-dialog';
import { LoadState } from '../shared/load-state';
import { ApprovalActions } from './approval-actions';
import { ApprovalIcons } from './approval-icons';
import { decidedLine } from './approval-labels';
import { ApprovalsService } from './approvals.service';
import { RequestDialog, RequestDialogData } from './request-dialog';

/**
 * The department head's release of one dataset, on its page: the team asks for it (only while the dataset
 * awaits approval and nothing is pending) or withdraws the request; the head asked decides right here;
 * earlier requests show how they ended. Shows nothing while there is nothing to say.
 */
@Component({
  selector: 'dl-dataset-approval',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LoadState],
  template: `
    @if (visible()) {
      <section class="box" aria-labelledby="dataset-approval">
        <h2 id="dataset-approval" class="section-title">{{ 'approvalBox.title' | t }}</h2>
        <dl-load-state [status]="requests.status()" (retry)="requests.reload()" />

        @if (pending(); as request) {
          <div class="pending">
            <p class="line">
              <mat-icon svgIcon="approval" aria-hidden="true" />
              <span>
                {{
                  'approvalBox.pendingLine'
                    | t
                      : {
                          name: request.approverName ?? ('approvalBox.unknownApprover' | t),
                          date: i18n.formatDate(request.createdAt),
                          until: i18n.formatDate(request.expiresAt),
                        }
                }}
              </span>
            </p>
            @if (request.message) {
              <p class="quote">
                <span class="label">{{ 'approvals.message' | t }}:</span> {{ request.message }}
              </p>
            }
            @if (mayDecide(request)) {
              <p class="mine">{{ 'approvalBox.yourDecision' | t }}</p>
            }
            <div class="actions">
              @if (mayDecide(request)) {
                <button mat-flat-button type="button" (click)="decide(request, 'approved')">
                  {{ 'approvals.decision.approved' | t }}
                </button>
                <button mat-stroked-button type="button" (click)="decide(request, 'changes_requested')">
                  {{ 'approvals.decision.changes_requested' | t }}
                </button>
                <button mat-stroked-button type="button" (click)="decide(request, 'rejected')">
                  {{ 'approvals.decision.rejected' | t }}
                </button>
              }
              @if (canRequest()) {
                <button mat-button type="button" (click)="withdraw(request)">
                  {{ 'approvals.withdrawRequest' | t }}
                </button>
              }
            </div>
          </div>
        } @else if (requests.value() && awaiting()) {
          @if (canRequest()) {
            <p class="empty">{{ 'approvalBox.none' | t }}</p>
            <button mat-flat-button type="button" (click)="request()">
              <mat-icon svgIcon="approval" />
              {{ 'approvalBox.request' | t }}
            </button>
          } @else {
            <p class="empty">{{ 'approvalBox.noneReadOnly' | t }}</p>
          }
        } @else if (dataset().approvalGranted) {
          <p class="empty">{{ 'approvalBox.granted' | t }}</p>
        }

        @if (decided().length > 0) {
          <h3 class="sub">{{ 'approvalBox.earlier' | t }}</h3>
          <ul class="decided">
            @for (request of decided(); track request.id) {
              <li [class]="'status-' + request.status">
                <span class="status">{{ line(request) }}</span>
                @if (request.comment) {
                  <span class="quote">{{ request.comment }}</span>
                }
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styleUrl: './dataset-approval.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetApproval {
  readonly dataset = input.required<DatasetDto>();
  /** A request was made, withdrawn or decided: the page reloads the dataset (its stage may have moved). */
  readonly changed = output();

  private readonly approvals = inject(ApprovalsService);
  private readonly actions = inject(ApprovalActions);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  /** Read again whenever the dataset changed (a move may have expired or withdrawn a request). */
  private readonly key = computed(() => `${this.dataset().id}@${this.dataset().version}`);
  protected readonly requests = loadableFor(this.key, () => this.approvals.forDataset(this.dataset().id));

  protected readonly canRequest = computed(() => this.session.can(PERMISSIONS.approvalsRequest));
  protected readonly awaiting = computed(() => this.dataset().stage === 'awaiting_approval');
  protected readonly pending = computed(
    () => (this.requests.value() ?? []).find((request) => request.status === 'pending') ?? null,
  );
  protected readonly decided = computed(() =>
    (this.requests.value() ?? []).filter((request) => request.status !== 'pending'),
  );
  protected readonly visible = computed(
    () => this.awaiting() || this.pending() !== null || this.decided().length > 0,
  );

  constructor() {
    inject(ApprovalIcons);
  }

  /** The head asked (by their account), or an admin (who may decide for anyone, audited as such). */
  protected mayDecide(request: ApprovalRequestDto): boolean {
    if (!this.session.can(PERMISSIONS.approvalsDecide)) return false;
    const user = this.session.user();
    return this.session.role() === 'admin' || (!!user && request.approverUserId === user.id);
  }

  protected line(request: ApprovalRequestDto): string {
    return decidedLine(request, this.i18n);
  }

  protected request(): void {
    this.dialog
      .open<RequestDialog, RequestDialogData, ApprovalRequestDto>(
        RequestDialog,
        formDialogConfig({ dataset: this.dataset() }),
      )
      .afterClosed()
      .pipe(filter((created): created is ApprovalRequestDto => !!created))
      .subscribe((created) => {
        void this.toast.show(
          this.i18n.t('approvalRequest.sent', {
            name: created.approverName ?? this.i18n.t('approvalBox.unknownApprover'),
          }),
        );
        this.afterChange();
      });
  }

  protected decide(request: ApprovalRequestDto, decision: ApprovalDecision): void {
    this.actions.decide(request, decision).subscribe(() => this.afterChange());
  }

  protected withdraw(request: ApprovalRequestDto): void {
    this.actions.withdraw(request).subscribe(() => this.afterChange());
  }

  private afterChange(): void {
    this.requests.reload();
    this.changed.emit();
  }
}
