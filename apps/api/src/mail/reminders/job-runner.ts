import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import type { OutboxMailRequest } from '../outbox.service';
import {
  JobRunResult,
  municipalityIds,
  queueMails,
  ReminderJob,
  ReminderOutbox,
  tryJobLock,
} from './reminder-support';

export interface LockedJob {
  name: string;
  lockKey: number;
  /** Work done once per run before the mails, in the same transaction (the approvals' expiry). */
  before?: (manager: EntityManager, now: Date) => Promise<void>;
  /** The mails due in one municipality at `now`, built set-based. */
  collect: (manager: EntityManager, municipalityId: string, now: Date) => Promise<OutboxMailRequest[]>;
}

const logger = new Logger('Reminders');

/**
 * One run of a job: one transaction that first takes the job's advisory lock (another instance running the
 * same job ⇒ skip, no error), then collects and queues each municipality's mails. Everything commits
 * together, so a crash mid-run leaves no half of it; the next run simply does it again.
 */
export async function runLocked(
  dataSource: DataSource,
  outbox: ReminderOutbox,
  job: LockedJob,
  now: Date,
): Promise<JobRunResult> {
  const result = await dataSource.transaction(async (manager) => {
    if (!(await tryJobLock(manager, job.lockKey))) {
      return { job: job.name, skipped: true, due: 0, queued: 0 };
    }
    await job.before?.(manager, now);
    let due = 0;
    let queued = 0;
    for (const municipalityId of await municipalityIds(manager)) {
      // Outside a request: the municipality each query is about goes into the context that scoped code reads.
      const mails = await requestContext.run({ requestId: `job:${job.name}`, ip: '', municipalityId }, () =>
        job.collect(manager, municipalityId, now),
      );
      due += mails.length;
      queued += await queueMails(outbox, manager, mails);
    }
    return { job: job.name, skipped: false, due, queued };
  });
  if (result.skipped) logger.debug(`${job.name}: another instance is running it, skipped`);
  else if (result.queued > 0) logger.log(`${job.name}: ${result.queued} mail(s) queued`);
  return result;
}

/**
 * A reminder job that runs under its advisory lock (runLocked): a job names its lock and collects the mails
 * of one municipality; `before` is what it does once per run first.
 */
export abstract class LockedReminderJob implements ReminderJob {
  abstract readonly name: string;
  protected abstract readonly lockKey: number;

  protected constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: ReminderOutbox,
  ) {}

  run(now: Date): Promise<JobRunResult> {
    return runLocked(
      this.dataSource,
      this.outbox,
      {
        name: this.name,
        lockKey: this.lockKey,
        before: this.before?.bind(this),
        collect: (manager, municipalityId) => this.collect(manager, municipalityId, now),
      },
      now,
    );
  }

  protected before?(manager: EntityManager, now: Date): Promise<void>;

  protected abstract collect(
    manager: EntityManager,
    municipalityId: string,
    now: Date,
  ): Promise<OutboxMailRequest[]>;
}
