import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { CalendarFeedDto } from '@datenlotse/contracts';
import { Observable, filter, switchMap } from 'rxjs';
import { AppIcons } from '../core/icons';
import { loadable } from '../core/loadable';
import { ToastService } from '../core/toast.service';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { LoadState } from '../shared/load-state';
import { DeliveriesService } from './deliveries.service';
import { DeliveryIcons } from './delivery-icons';

/** The same address for calendar apps: `webcal://` makes the system offer to subscribe. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:/i, 'webcal:');
}

/**
 * "Kalender abonnieren": the signed-in user's ICS feed of due deliveries. The secret link is shown once, when
 * it is made; making a new one or revoking it stops the old one (both are confirmed first).
 */
@Component({
  selector: 'dl-calendar-feed-card',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, TranslatePipe, LoadState],
  templateUrl: './calendar-feed-card.html',
  styleUrl: './calendar-feed-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedCard {
  private readonly service = inject(DeliveriesService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly clipboard = inject(Clipboard);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18nService);

  protected readonly feed = loadable(() => this.service.feed());
  /** The state after this page's own changes (the loaded one until then). */
  protected readonly state = signal<CalendarFeedDto | null>(null);
  /** The link just made: shown this once. */
  protected readonly url = signal<string | null>(null);
  protected readonly copied = signal(false);
  protected readonly busy = signal(false);
  protected readonly webcalUrl = webcalUrl;

  private readonly urlField = viewChild<ElementRef<HTMLInputElement>>('urlField');
  private readonly createButton = viewChild<string, ElementRef<HTMLButtonElement>>('createButton', {
    read: ElementRef,
  });

  constructor() {
    inject(AppIcons);
    inject(DeliveryIcons);
  }

  protected current(): CalendarFeedDto | undefined {
    return this.state() ?? this.feed.value();
  }

  protected create(): void {
    const active = this.current()?.active ?? false;
    const confirmed = active
      ? this.confirm(
          'calendar.confirmRegenerateTitle',
          'calendar.confirmRegenerateText',
          'calendar.regenerate',
        )
      : null;
    const made = (confirmed ?? new Observable<boolean>((subscriber) => subscriber.next(true))).pipe(
      filter((yes) => yes),
      switchMap(() => {
        this.busy.set(true);
        return this.service.createFeed();
      }),
    );
    made.subscribe({
      next: (feed) => {
        this.busy.set(false);
        this.state.set({ active: true, createdAt: feed.createdAt ?? new Date().toISOString() });
        this.url.set(feed.url ?? null);
        this.copied.set(false);
        void this.toast.show(this.i18n.t('calendar.created'));
        this.focusLater(() => this.urlField()?.nativeElement);
      },
      error: () => this.busy.set(false),
    });
  }

  protected revoke(): void {
    this.confirm('calendar.confirmRevokeTitle', 'calendar.confirmRevokeText', 'calendar.revoke', true)
      .pipe(
        filter((yes) => yes),
        switchMap(() => {
          this.busy.set(true);
          return this.service.revokeFeed();
        }),
      )
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.state.set({ active: false, createdAt: null });
          this.url.set(null);
          void this.toast.show(this.i18n.t('calendar.revoked'));
          // The revoke button is gone: the user continues at "Link erzeugen".
          this.focusLater(() => this.createButton()?.nativeElement);
        },
        error: () => this.busy.set(false),
      });
  }

  protected copy(url: string): void {
    this.copied.set(this.clipboard.copy(url));
  }

  private confirm(title: TranslationKey, text: TranslationKey, confirm: TranslationKey, danger = false) {
    const data: ConfirmDialogData = {
      title: this.i18n.t(title),
      text: this.i18n.t(text),
      confirm: this.i18n.t(confirm),
      danger,
    };
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(filter((yes): yes is boolean => yes === true));
  }

  private focusLater(target: () => HTMLElement | undefined): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}
