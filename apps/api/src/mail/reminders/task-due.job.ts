import { Locale } from '@datenlotse/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { OutboxMailRequest, OutboxService } from '../outbox.service';
import { runLocked } from './job-runner';
import { berlinToday, JOB_LOCKS, JobRunResult, mailDay, ReminderJob } from './reminder-support';

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
export class TaskDueJob implements ReminderJob {
  readonly name = 'task_due';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  run(now: Date): Promise<JobRunResult> {
    return runLocked(
      this.dataSource,
      this.outbox,
      {
        name: this.name,
        lockKey: JOB_LOCKS.taskDue,
        collect: (manager, municipalityId) => this.collect(manager, municipalityId, now),
      },
      now,
    );
  }

  private async collect(
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
