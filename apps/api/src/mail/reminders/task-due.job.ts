import { Locale } from '@datenlotse/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { OutboxMailRequest, OutboxService } from '../outbox.service';
import { LockedReminderJob } from './job-runner';
import { berlinToday, JOB_LOCKS, mailDay } from './reminder-support';

interface DueTaskRaw {
  id: string;
  title: string;
  notes: string | null;
  due_at: string;
  name: string;
  email: string;
  locale: Locale;
}

/** On the day an open task falls due, its assignee gets a mail (in the language of their account). */
@Injectable()
export class TaskDueJob extends LockedReminderJob {
  readonly name = 'task_due';
  protected readonly lockKey = JOB_LOCKS.taskDue;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(dataSource, outbox);
  }

  protected async collect(
    manager: EntityManager,
    municipalityId: string,
    now: Date,
  ): Promise<OutboxMailRequest[]> {
    // The assignee index (municipality, assignee, status, due) serves this; a deactivated account gets nothing.
    const rows: DueTaskRaw[] = await manager.query(
      `SELECT t.id, t.title, t.notes, t.due_at::text AS due_at, u.name, u.email, u.locale
         FROM task t JOIN app_user u ON u.id = t.assignee_user_id
        WHERE t.municipality_id = $1 AND t.status = 'open' AND t.due_at = $2::date
          AND u.active AND u.email <> ''`,
      [municipalityId, berlinToday(now)],
    );
    const tasksUrl = `${this.config.publicUrl}/tasks`;
    return rows.map((row) => ({
      municipalityId,
      templateKey: 'task_due',
      locale: row.locale,
      to: [row.email],
      variables: {
        recipient: { name: row.name },
        task: { title: row.title, url: tasksUrl, notes: row.notes ?? '' },
        dueDate: mailDay(row.due_at, row.locale),
        overdue: false,
      },
      idempotencyKey: `task_due:${row.id}:${row.due_at}`,
      entity: 'task',
      entityId: row.id,
    }));
  }
}
