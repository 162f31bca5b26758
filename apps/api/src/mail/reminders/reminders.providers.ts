import { Provider } from '@nestjs/common';
import { ApprovalReminderJob } from './approval-reminder.job';
import { DeliveryDueSoonJob, DeliveryOverdueJob } from './delivery-reminder.jobs';
import { ReminderScheduler } from './reminder-scheduler';
import { RemindersService } from './reminders.service';
import { TaskDueJob } from './task-due.job';

/** The reminder jobs and their scheduler, registered by the mail module (they need DeliveriesModule). */
export const REMINDER_PROVIDERS: Provider[] = [
  DeliveryDueSoonJob,
  DeliveryOverdueJob,
  TaskDueJob,
  ApprovalReminderJob,
  RemindersService,
  ReminderScheduler,
];
