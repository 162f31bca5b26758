import { addDays } from '@datenlotse/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryDueService, DueDeliveryReminderRow } from '../../app/deliveries/delivery-due.service';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { OutboxMailRequest, OutboxService } from '../outbox.service';
import { LockedReminderJob } from './job-runner';
import { berlinToday, JOB_LOCKS, localeOf, localesByEmail, mailDay, methodLabel } from './reminder-support';

/** Overdue reminders repeat weekly: the key changes every seven days overdue. */
const OVERDUE_PERIOD_DAYS = 7;

/**
 * The delivery contact hears `deliveryReminderDays` days before a due date. Only on that day: a server that
 * was down then misses it, and the overdue reminder follows once the date has passed.
 */
@Injectable()
export class DeliveryDueSoonJob extends LockedReminderJob {
  readonly name = 'delivery_due_soon';
  protected readonly lockKey = JOB_LOCKS.deliveryDueSoon;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    outbox: OutboxService,
    private readonly due: DeliveryDueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(dataSource, outbox);
  }

  protected async collect(
    manager: EntityManager,
    municipalityId: string,
    now: Date,
  ): Promise<OutboxMailRequest[]> {
    const today = berlinToday(now);
    const days = this.config.deliveryReminderDays;
    const dueDate = addDays(today, days);
    const rows = (await this.due.dueDeliveries(manager, { today, withinDays: days, municipalityId })).filter(
      (row) => row.nextDueAt === dueDate && row.contactEmail,
    );
    return deliveryMails(
      manager,
      municipalityId,
      rows,
      (row, extra) => ({
        templateKey: 'delivery_due_soon',
        idempotencyKey: `delivery_due_soon:${row.agreementId}:${row.nextDueAt}`,
        to: [row.contactEmail as string],
        variables: { ...extra.variables, daysLeft: days },
      }),
      this.config.publicUrl,
    );
  }
}

/**
 * Once a due date has passed without a delivery: the contact is reminded on the first overdue day and then
 * weekly, with the dataset's owner in copy, until a delivery moves the due date on.
 */
@Injectable()
export class DeliveryOverdueJob extends LockedReminderJob {
  readonly name = 'delivery_overdue';
  protected readonly lockKey = JOB_LOCKS.deliveryOverdue;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    outbox: OutboxService,
    private readonly due: DeliveryDueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(dataSource, outbox);
  }

  protected async collect(
    manager: EntityManager,
    municipalityId: string,
    now: Date,
  ): Promise<OutboxMailRequest[]> {
    // withinDays -1: nothing due today or later, only what is overdue.
    const rows = (
      await this.due.dueDeliveries(manager, { today: berlinToday(now), withinDays: -1, municipalityId })
    ).filter((row) => row.daysOverdue > 0 && row.contactEmail);
    return deliveryMails(
      manager,
      municipalityId,
      rows,
      (row, extra) => ({
        templateKey: 'delivery_overdue',
        idempotencyKey: `delivery_overdue:${row.agreementId}:${row.nextDueAt}:${Math.floor(row.daysOverdue / OVERDUE_PERIOD_DAYS)}`,
        to: [row.contactEmail as string],
        cc: row.ownerEmail ? [row.ownerEmail] : [],
        variables: { ...extra.variables, daysOverdue: row.daysOverdue, owner: { name: row.ownerName ?? '' } },
      }),
      this.config.publicUrl,
    );
  }
}

type MailPart = Pick<OutboxMailRequest, 'templateKey' | 'idempotencyKey' | 'to' | 'cc' | 'variables'>;

/** The variables both delivery mails share, with the agreements' formats read in one query. */
async function deliveryMails(
  manager: EntityManager,
  municipalityId: string,
  rows: DueDeliveryReminderRow[],
  build: (row: DueDeliveryReminderRow, extra: { variables: Record<string, unknown> }) => MailPart,
  publicUrl: string,
): Promise<OutboxMailRequest[]> {
  if (rows.length === 0) return [];
  const [formats, locales] = await Promise.all([
    agreementFormats(
      manager,
      rows.map((r) => r.agreementId),
    ),
    localesByEmail(
      manager,
      municipalityId,
      rows.map((r) => r.contactEmail as string),
    ),
  ]);
  return rows.map((row) => {
    const locale = localeOf(locales, row.contactEmail as string);
    const part = build(row, {
      variables: {
        recipient: { name: row.contactName ?? '' },
        dataset: { title: row.datasetTitle, url: `${publicUrl}/datasets/${row.datasetId}` },
        department: { name: row.departmentName },
        dueDate: mailDay(row.nextDueAt, locale),
        method: methodLabel(row.method, locale),
        format: formats.get(row.agreementId) ?? '',
      },
    });
    return { ...part, municipalityId, locale, entity: 'dataset', entityId: row.datasetId };
  });
}

async function agreementFormats(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const rows: { id: string; format: string | null }[] = await manager.query(
    'SELECT id, format FROM delivery_agreement WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.format ?? '']));
}
