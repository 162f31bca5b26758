import { Injectable, Logger } from '@nestjs/common';
import { ApprovalReminderJob } from './approval-reminder.job';
import { DeliveryDueSoonJob, DeliveryOverdueJob } from './delivery-reminder.jobs';
import { JobRunResult, ReminderJob } from './reminder-support';
import { TaskDueJob } from './task-due.job';

/** All reminder jobs, run one after the other: the scheduler calls runAll with the time, tests with theirs. */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');
  readonly jobs: readonly ReminderJob[];

  constructor(
    deliveryDueSoon: DeliveryDueSoonJob,
    deliveryOverdue: DeliveryOverdueJob,
    taskDue: TaskDueJob,
    approvalReminder: ApprovalReminderJob,
  ) {
    this.jobs = [deliveryDueSoon, deliveryOverdue, taskDue, approvalReminder];
  }

  /** Runs every job at `now`; a job that fails is logged and the others still run (the next tick retries it). */
  async runAll(now: Date): Promise<JobRunResult[]> {
    const results: JobRunResult[] = [];
    for (const job of this.jobs) {
      try {
        results.push(await job.run(now));
      } catch (error) {
        this.logger.error(`${job.name} failed: ${(error as Error).message}`, (error as Error).stack);
      }
    }
    return results;
  }
}
