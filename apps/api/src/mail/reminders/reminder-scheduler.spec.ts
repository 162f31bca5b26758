import { loadConfig } from '../../config/config';
import { REMINDER_FIRST_RUN_MS, REMINDER_INTERVAL_MS, ReminderScheduler } from './reminder-scheduler';
import { RemindersService } from './reminders.service';

describe('ReminderScheduler', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2031-01-17T07:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  /** A RemindersService whose runs finish when the test says so. */
  function fakeReminders() {
    const runs: Date[] = [];
    let finish: () => void = () => undefined;
    const service = {
      runAll: jest.fn((now: Date) => {
        runs.push(now);
        return new Promise<[]>((resolve) => (finish = () => resolve([])));
      }),
    };
    return { service: service as unknown as RemindersService, runs, finish: () => finish() };
  }

  it('runs the jobs soon after start, then every five minutes at the current time, never two runs at once', async () => {
    const reminders = fakeReminders();
    const scheduler = new ReminderScheduler(reminders.service, loadConfig({ JOBS: 'true' }));
    scheduler.onApplicationBootstrap();

    jest.advanceTimersByTime(REMINDER_FIRST_RUN_MS - 1);
    expect(reminders.runs).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(reminders.runs.map((d) => d.toISOString())).toEqual(['2031-01-17T07:00:20.000Z']);

    jest.advanceTimersByTime(REMINDER_INTERVAL_MS); // the first run is still going: this tick is left out
    expect(reminders.runs).toHaveLength(1);
    reminders.finish();
    await Promise.resolve();
    await Promise.resolve();
    jest.advanceTimersByTime(REMINDER_INTERVAL_MS);
    expect(reminders.runs).toHaveLength(2);
    reminders.finish();
    await scheduler.onModuleDestroy();
  });

  it('waits for a run in progress when shutting down, and starts no more', async () => {
    const reminders = fakeReminders();
    const scheduler = new ReminderScheduler(reminders.service, loadConfig({ JOBS: 'true' }));
    scheduler.onApplicationBootstrap();
    jest.advanceTimersByTime(REMINDER_INTERVAL_MS);

    let stopped = false;
    const stopping = scheduler.onModuleDestroy().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    reminders.finish();
    await stopping;
    expect(stopped).toBe(true);
    jest.advanceTimersByTime(10 * REMINDER_INTERVAL_MS);
    expect(reminders.runs).toHaveLength(1);
  });

  it('runs nothing with JOBS=false', () => {
    const reminders = fakeReminders();
    const scheduler = new ReminderScheduler(reminders.service, loadConfig({ JOBS: 'false' }));
    scheduler.onApplicationBootstrap();
    jest.advanceTimersByTime(10 * REMINDER_INTERVAL_MS);
    expect(reminders.runs).toHaveLength(0);
  });
});
