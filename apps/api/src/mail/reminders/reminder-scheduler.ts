import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { RemindersService } from './reminders.service';

/** How often the reminder jobs run: every due date is a day, so five minutes is prompt enough. */
export const REMINDER_INTERVAL_MS = 5 * 60_000;

/** The first run, soon after start: a restarted server (and the demo) does not wait five minutes for its reminders. */
export const REMINDER_FIRST_RUN_MS = 20_000;

/**
 * Runs the reminder jobs every five minutes in each instance that has `JOBS` on; the advisory locks let only
 * one instance do a job at a time. The first run comes 20 seconds after start. Shutting down waits for a run
 * in progress. Tests switch the jobs off (JOBS=false) and run them with a clock of their own.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;
  private firstRun: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly reminders: RemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    this.firstRun = setTimeout(() => this.tick(), REMINDER_FIRST_RUN_MS);
    this.timer = setInterval(() => this.tick(), REMINDER_INTERVAL_MS);
    // The timers alone do not keep the process alive.
    this.firstRun.unref();
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.firstRun) clearTimeout(this.firstRun);
    if (this.timer) clearInterval(this.timer);
    this.firstRun = null;
    this.timer = null;
    await this.running;
  }

  /** One run at the current time, unless the previous one is still going (then this tick is left out). */
  tick(): Promise<unknown> {
    if (this.running) return this.running;
    this.running = this.reminders
      .runAll(new Date())
      .catch((error: Error) => this.logger.error(`Reminder run failed: ${error.message}`, error.stack))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
