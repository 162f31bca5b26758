import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { ActivatedRoute, Params, Router } from '@angular/router';
import { OutboxMailDto } from '@datenlotse/contracts';
import { Subscription, filter, map, switchMap } from 'rxjs';
import { AppIcons } from '../core/icons';
import { LoadStatus } from '../core/loadable';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { LoadState } from '../shared/load-state';
import { MailIcons } from './mail-icons';
import { OutboxPreviewDialog } from './outbox-preview-dialog';
import { OutboxService } from './outbox.service';
import { OutboxFilter, outboxFilterFromParams, outboxQueryOf, paramsFromOutboxFilter } from './outbox-view';
import {
  canCancel,
  canResend,
  mailTemplateName,
  outboxStatusText,
  shownLastError,
  waitsForSmtp,
} from './outbox-wording';

/** Rows read at a time; "Weitere laden" reads the next ones. */
const PAGE_SIZE = 50;

/**
 * "Postausgang": every mail with its status in words, attempts, last error and next attempt; the status
 * filter is in the URL. A table on wide screens, cards on phones. Each mail can be previewed as its recipients
 * get it, a pending one cancelled, a failed or cancelled one sent again.
 */
@Component({
  selector: 'dl-outbox-page',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    TranslatePipe,
    LoadState,
  ],
  templateUrl: './outbox-page.html',
  styleUrl: './outbox-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  private readonly service = inject(OutboxService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  protected readonly i18n = inject(I18nService);

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly filter = computed(() => outboxFilterFromParams(this.queryParams()));

  protected readonly rows = signal<OutboxMailDto[]>([]);
  protected readonly total = signal(0);
  protected readonly status = signal<LoadStatus>('loading');
  /** Mails wait because no SMTP server is configured: the page says so once, at the top. */
  protected readonly noSmtp = computed(() => this.rows().some(waitsForSmtp));
  /** The mail whose action is under way (its buttons wait). */
  protected readonly busyId = signal<string | null>(null);

  protected readonly statusText = outboxStatusText;
  protected readonly lastError = shownLastError;
  protected readonly templateName = mailTemplateName;
  protected readonly canResend = canResend;
  protected readonly canCancel = canCancel;
  private request: Subscription | undefined;

  constructor() {
    inject(AppIcons);
    inject(MailIcons);
    effect(() => {
      const shown = this.filter();
      untracked(() => this.load(shown, 0));
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  protected reload(): void {
    this.load(this.filter(), 0);
  }

  protected more(): void {
    this.load(this.filter(), this.rows().length);
  }

  protected show(value: unknown): void {
    const next = outboxFilterFromParams({ status: value });
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromOutboxFilter(next),
      queryParamsHandling: 'merge',
    });
  }

  protected dateTime(iso: string | null): string {
    return iso ? this.i18n.formatDateTime(iso) : this.i18n.t('app.none');
  }

  protected preview(mail: OutboxMailDto): void {
    this.dialog.open(OutboxPreviewDialog, {
      data: mail,
      width: '760px',
      maxWidth: 'calc(100vw - 24px)',
      autoFocus: 'dialog',
    });
  }

  protected resend(mail: OutboxMailDto): void {
    this.busyId.set(mail.id);
    this.service.resend(mail).subscribe({
      next: (saved) => this.done(saved, 'outbox.resent'),
      error: () => this.failed(),
    });
  }

  protected cancel(mail: OutboxMailDto): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('outbox.confirmCancelTitle'),
      text: this.i18n.t('outbox.confirmCancelText', { subject: mail.subject }),
      confirm: this.i18n.t('outbox.confirmCancel'),
      danger: true,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.busyId.set(mail.id);
          return this.service.cancel(mail);
        }),
      )
      .subscribe({
        next: (saved) => this.done(saved, 'outbox.cancelled'),
        error: () => this.failed(),
      });
  }

  private done(saved: OutboxMailDto, message: 'outbox.resent' | 'outbox.cancelled'): void {
    this.busyId.set(null);
    // In a filtered view the mail may no longer belong; it stays until the next load, showing its new status.
    this.rows.update((rows) => rows.map((row) => (row.id === saved.id ? saved : row)));
    void this.toast.show(this.i18n.t(message));
  }

  /** The error interceptor has said what went wrong (a 409: someone else acted first); show the current state. */
  private failed(): void {
    this.busyId.set(null);
    this.reload();
  }

  private load(shown: OutboxFilter, offset: number): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    if (offset === 0) this.rows.set([]);
    this.request = this.service.list(outboxQueryOf(shown, PAGE_SIZE, offset)).subscribe({
      next: (page) => {
        this.rows.update((rows) => (offset === 0 ? page.items : [...rows, ...page.items]));
        this.total.set(page.total);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }
}
