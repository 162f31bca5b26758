import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { DatasetStage, DeliveryAgreementDto, DeliveryDto, PERMISSIONS } from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { AppIcons } from '../core/icons';
import { loadableFor } from '../core/loadable-for';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { formDialogConfig } from '../shared/form-dialog';
import { LoadState } from '../shared/load-state';
import { WorkIcons } from '../timeline/work-icons';
import { AgreementDialog, AgreementDialogData, AgreementDialogResult } from './agreement-dialog';
import { DeliveriesService } from './deliveries.service';
import { DeliveryDialog, DeliveryDialogData, DeliveryDialogResult } from './delivery-dialog';
import { DeliveryIcons } from './delivery-icons';
import {
  dueInWords,
  formatDay,
  methodLabel,
  overdueSince,
  qualityLabel,
  scheduleInWords,
} from './delivery-wording';

const AWAITING_DELIVERY: readonly DatasetStage[] = ['agreed', 'delivery_scheduled'];

const QUALITY_ICONS = { passed: 'check_circle', failed: 'cancel', pending: 'hourglass_empty' } as const;

/**
 * The delivery agreement and the deliveries of one dataset, for its page: set up or change the agreement,
 * record a delivery, enter a pending check. Every write may move the dataset's stage: `changed` tells the page.
 */
@Component({
  selector: 'dl-dataset-deliveries',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LoadState],
  templateUrl: './dataset-deliveries.html',
  styleUrl: './dataset-deliveries.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetDeliveries {
  readonly datasetId = input.required<string>();
  readonly departmentId = input.required<string>();
  /** The dataset's stage, kept current by the page (it reloads after `changed`). */
  readonly stage = input.required<DatasetStage>();
  /** After any write: the dataset's stage may have moved. */
  readonly changed = output<void>();

  private readonly service = inject(DeliveriesService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);
  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.deliveriesWrite));

  protected readonly agreement = loadableFor(this.datasetId, (id) => this.service.agreement(id));
  protected readonly deliveries = loadableFor(this.datasetId, (id) => this.service.deliveries(id));
  /** Until the API answers, the agreement is unknown (not "none"). */
  protected readonly agreementKnown = computed(
    () => this.agreement.status() === 'ready' || this.agreement.value() !== undefined,
  );

  private readonly agreementButton = viewChild<string, ElementRef<HTMLButtonElement>>('agreementButton', {
    read: ElementRef,
  });
  private readonly recordButton = viewChild<string, ElementRef<HTMLButtonElement>>('recordButton', {
    read: ElementRef,
  });

  /** While a delivery is awaited, recording it is the dataset's next step: its button stands out. */
  protected readonly awaitingDelivery = computed(() => AWAITING_DELIVERY.includes(this.stage()));

  protected readonly methodLabel = methodLabel;
  protected readonly qualityLabel = qualityLabel;
  protected readonly qualityIcons = QUALITY_ICONS;

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
    inject(DeliveryIcons);
  }

  protected schedule(agreement: DeliveryAgreementDto): string {
    return scheduleInWords(this.i18n, agreement.schedule);
  }

  protected day(iso: string | null): string {
    return formatDay(this.i18n, iso);
  }

  protected dueState(agreement: DeliveryAgreementDto): string {
    if (!agreement.nextDueAt) return '';
    return agreement.overdue
      ? overdueSince(this.i18n, agreement.daysOverdue)
      : dueInWords(this.i18n, { nextDueAt: agreement.nextDueAt, daysOverdue: 0 });
  }

  protected quality(delivery: DeliveryDto): keyof typeof QUALITY_ICONS {
    return delivery.qualityCheck ?? 'pending';
  }

  protected editAgreement(agreement: DeliveryAgreementDto | null): void {
    const data: AgreementDialogData = {
      datasetId: this.datasetId(),
      departmentId: this.departmentId(),
      agreement,
    };
    const ref = this.dialog.open<AgreementDialog, AgreementDialogData, AgreementDialogResult>(
      AgreementDialog,
      { ...formDialogConfig(data), restoreFocus: false },
    );
    this.afterWrite(ref.afterClosed(), 'deliveries.agreementSaved', () => this.agreementButton());
  }

  protected record(): void {
    const data: DeliveryDialogData = { mode: 'record', datasetId: this.datasetId() };
    this.openDelivery(data, 'deliveries.recorded', () => this.recordButton());
  }

  protected enterCheck(delivery: DeliveryDto): void {
    const data: DeliveryDialogData = { mode: 'check', delivery };
    // The button goes once the check is in: focus moves to the delivery it was about.
    this.openDelivery(data, 'deliveries.checked', () => this.deliveryItem(delivery.id));
  }

  private openDelivery(
    data: DeliveryDialogData,
    done: TranslationKey,
    focusAfter: () => ElementRef<HTMLElement> | HTMLElement | undefined | null,
  ): void {
    const ref = this.dialog.open<DeliveryDialog, DeliveryDialogData, DeliveryDialogResult>(DeliveryDialog, {
      ...formDialogConfig(data),
      restoreFocus: false,
    });
    this.afterWrite(ref.afterClosed(), done, focusAfter);
  }

  /**
   * After a dialog: read agreement and deliveries again (a delivery moves the next due date, a 409 means
   * someone else wrote), tell the page, and put the focus back where the user was (the trigger may have been
   * re-rendered, so the dialog's own focus restoration would land nowhere).
   */
  private afterWrite(
    closed: Observable<unknown>,
    done: TranslationKey,
    focusAfter: () => ElementRef<HTMLElement> | HTMLElement | undefined | null,
  ): void {
    // Gone with the page (a dialog outlives it only if the user navigated away meanwhile).
    closed.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((result) => {
      if (result) {
        if (result !== 'stale') void this.toast.show(this.i18n.t(done));
        this.agreement.reload();
        this.deliveries.reload();
        this.changed.emit();
      }
      afterNextRender(
        () => {
          const target = focusAfter();
          (target instanceof ElementRef ? target.nativeElement : target)?.focus();
        },
        { injector: this.injector },
      );
    });
  }

  private deliveryItem(id: string): HTMLElement | null {
    const items = this.host.nativeElement.querySelectorAll<HTMLElement>('[data-delivery]');
    return Array.from(items).find((item) => item.dataset['delivery'] === id) ?? null;
  }
}
