/**
 * Speed of the reminder jobs: in a throw-away database (the embedded PGlite, or a fresh database on
 * DATABASE_URL's server) creates N open tasks due today and N overdue delivery agreements, runs the task and
 * the overdue job once each (every mail rendered and queued) and once more (nothing new: the keys exist), and
 * prints the times. The goal: 10,000 reminder mails in one run in under 10 s.
 *
 *   TS_NODE_PROJECT=tools/tsconfig.json TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register \
 *     -r tsconfig-paths/register tools/bench/reminder-bench.ts --count 10000
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DeliveriesClock } from '../../apps/api/src/app/deliveries/deliveries-clock';
import { DeliveryDueService } from '../../apps/api/src/app/deliveries/delivery-due.service';
import { loadConfig } from '../../apps/api/src/config/config';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { OutboxService } from '../../apps/api/src/mail/outbox.service';
import { DeliveryOverdueJob } from '../../apps/api/src/mail/reminders/delivery-reminder.jobs';
import { berlinToday, ReminderJob } from '../../apps/api/src/mail/reminders/reminder-support';
import { TaskDueJob } from '../../apps/api/src/mail/reminders/task-due.job';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
  },
});

async function throwAwayDatabase(): Promise<{ url: string; embedded: boolean; drop(): Promise<void> }> {
  const server = process.env['DATABASE_URL'];
  if (!server) {
    const embedded = await startEmbeddedPostgres(null);
    return { url: embedded.url, embedded: true, drop: () => embedded.stop() };
  }
  const name = `datenlotse_reminderbench_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new Client({ connectionString: server });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** N open tasks due today over 100 assignees, and N overdue agreements over 100 departments' contacts. */
async function seed(db: DataSource, count: number, today: string): Promise<void> {
  const [{ id: municipalityId }] = await db.query(
    `INSERT INTO municipality (name, geocode, version) VALUES ('Demostadt am Rhein', '05111000', 1) RETURNING id`,
  );
  await db.query(
    `INSERT INTO app_user (municipality_id, email, name, role, locale, version)
     SELECT $1, 'team' || n || '@stadt.example', 'Team ' || n, 'team', CASE WHEN n % 5 = 0 THEN 'en' ELSE 'de' END, 1
       FROM generate_series(1, 100) n`,
    [municipalityId],
  );
  await db.query(
    `INSERT INTO department (municipality_id, name, kind, version)
     SELECT $1, 'Amt ' || n, 'amt', 1 FROM generate_series(1, 100) n`,
    [municipalityId],
  );
  await db.query(
    `INSERT INTO contact (municipality_id, department_id, name, email, version)
     SELECT municipality_id, id, 'Kontakt ' || name, 'kontakt.' || replace(name, ' ', '') || '@amt.example', 1
       FROM department`,
  );
  await db.query(
    `INSERT INTO task (municipality_id, title, notes, due_at, assignee_user_id, status, version)
     SELECT $1, 'Nachfassen ' || n, 'Rückruf wegen Lieferung ' || n, $2::date,
            (SELECT id FROM app_user ORDER BY email OFFSET n % 100 LIMIT 1), 'open', 1
       FROM generate_series(1, $3) n`,
    [municipalityId, today, count],
  );
  await db.query(
    `INSERT INTO dataset (municipality_id, department_id, title, stage, owner_user_id, version)
     SELECT $1, (SELECT id FROM department ORDER BY name OFFSET n % 100 LIMIT 1), 'Datensatz ' || n,
            'delivery_scheduled', (SELECT id FROM app_user ORDER BY email OFFSET n % 100 LIMIT 1), 1
       FROM generate_series(1, $2) n`,
    [municipalityId, count],
  );
  await db.query(
    `INSERT INTO delivery_agreement (municipality_id, dataset_id, contact_id, method, format, schedule_kind,
        start_date, next_due_at, version)
     SELECT d.municipality_id, d.id, c.id, 'upload', 'CSV', 'once', $1::date - 3, $1::date - 3, 1
       FROM dataset d JOIN contact c ON c.department_id = d.department_id`,
    [today],
  );
  await db.query('ANALYZE');
}

/** The outbox with a stopwatch: how much of a run is rendering and inserting, how much finding the mails. */
class TimedOutbox extends OutboxService {
  spent = 0;
  override async enqueueMany(...args: Parameters<OutboxService['enqueueMany']>): Promise<number> {
    const started = Date.now();
    try {
      return await super.enqueueMany(...args);
    } finally {
      this.spent += Date.now() - started;
    }
  }
}

async function timed(job: ReminderJob, outbox: TimedOutbox, now: Date): Promise<string> {
  outbox.spent = 0;
  const started = Date.now();
  const result = await job.run(now);
  const seconds = (Date.now() - started) / 1000;
  return (
    `${job.name.padEnd(18)} ${String(result.queued).padStart(6)} queued of ${result.due} due  ` +
    `${seconds.toFixed(2)} s (outbox: render and insert ${(outbox.spent / 1000).toFixed(2)} s)`
  );
}

async function main(): Promise<void> {
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive whole number');
  const database = await throwAwayDatabase();
  const db = await new DataSource(dataSourceOptions(database.url, database.embedded)).initialize();
  try {
    const config = loadConfig({ JOBS: 'false' });
    const outbox = new TimedOutbox(config);
    const jobs: ReminderJob[] = [
      new TaskDueJob(db, outbox, config),
      new DeliveryOverdueJob(db, outbox, new DeliveryDueService(db, new DeliveriesClock()), config),
    ];
    const now = new Date();
    await seed(db, count, berlinToday(now));
    console.log(`${database.embedded ? 'embedded PGlite' : 'PostgreSQL server'}, ${count} of each:`);
    for (const job of jobs) console.log(`first run   ${await timed(job, outbox, now)}`);
    for (const job of jobs) console.log(`second run  ${await timed(job, outbox, now)}`);
  } finally {
    await db.destroy();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
