/**
 * Throughput of the outbox worker: queues N rendered mails in a throw-away database (the embedded PGlite,
 * or a fresh database on DATABASE_URL's server), starts an SMTP server on loopback, runs the worker until
 * every mail is sent and prints mails/s. Checks that each mail arrived exactly once.
 *
 *   TS_NODE_PROJECT=tools/tsconfig.json TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register \
 *     -r tsconfig-paths/register tools/bench/mail-bench.ts --count 2000
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../apps/api/src/config/config';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { MailWorker } from '../../apps/api/src/mail/mail-worker';
import { header, parseMime, startSmtpTestServer } from '../../apps/api/test/smtp-test-server';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
  },
});

/** A mail of the size the shipped templates render (layout, a paragraph or two, a link). */
const HTML = `<!doctype html><html><body style="font-family:sans-serif"><h1>Demostadt am Rhein</h1>
<p>Guten Tag Frau Beispiel,</p><p>die Lieferung <strong>Standorte der Sirenen</strong> ist am 02.12.2026 fällig.
Bitte laden Sie die Datei wie vereinbart hoch.</p><p><a href="https://datenlotse.example/datasets/1">Zum Datensatz</a></p>
${'<p>Mit freundlichen Grüßen, Ihr Open-Data-Team. </p>'.repeat(20)}<footer>Datenlotse · Stadt Demostadt</footer></body></html>`;
const TEXT = HTML.replace(/<[^>]+>/g, '');

async function throwAwayDatabase(): Promise<{ url: string; embedded: boolean; drop(): Promise<void> }> {
  const server = process.env['DATABASE_URL'];
  if (!server) {
    const embedded = await startEmbeddedPostgres(null);
    return { url: embedded.url, embedded: true, drop: () => embedded.stop() };
  }
  const name = `datenlotse_mailbench_${randomBytes(6).toString('hex')}`;
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

async function main(): Promise<void> {
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive whole number');
  const database = await throwAwayDatabase();
  const db = await new DataSource(dataSourceOptions(database.url, database.embedded)).initialize();
  const smtp = await startSmtpTestServer();
  const worker = new MailWorker(db, loadConfig({ SMTP_URL: smtp.url, JOBS: 'false' }));
  try {
    const [{ id: municipalityId }] = await db.query(
      `INSERT INTO municipality (name, geocode, version) VALUES ('Demostadt am Rhein', '05111000', 1) RETURNING id`,
    );
    const queuedAt = Date.now();
    await db.query(
      `INSERT INTO outbox_mail (municipality_id, template_key, locale, to_addresses, cc_addresses, subject, html,
         text_body, idempotency_key, version)
       SELECT $1, 'delivery_due_soon', 'de', ARRAY['kontakt' || n || '@amt.example'], ARRAY['team@demostadt.example'],
              'Lieferung bald fällig: Datensatz ' || n, $2, $3, 'bench:' || n, 1
       FROM generate_series(1, $4) n`,
      [municipalityId, HTML, TEXT, count],
    );
    console.log(`queued ${count} mails in ${((Date.now() - queuedAt) / 1000).toFixed(2)} s`);

    const started = Date.now();
    let sent = 0;
    let failed = 0;
    let retried = 0;
    for (;;) {
      const run = await worker.runOnce(new Date());
      sent += run.sent;
      failed += run.failed;
      retried += run.retried;
      if (run.sent + run.failed + run.retried === 0) break;
    }
    const seconds = (Date.now() - started) / 1000;
    const ids = new Set(smtp.messages.map((m) => header(parseMime(m.raw), 'message-id')[0]));
    console.log(
      `worker: ${sent} sent, ${failed} failed, ${retried} to retry in ${seconds.toFixed(2)} s ` +
        `→ ${(sent / seconds).toFixed(0)} mails/s (${database.embedded ? 'embedded PGlite' : 'PostgreSQL'}, ` +
        `SMTP on loopback)`,
    );
    console.log(`SMTP server received ${smtp.messages.length} messages, ${ids.size} distinct Message-IDs`);
    if (sent !== count || smtp.messages.length !== count || ids.size !== count) process.exitCode = 1;
  } finally {
    await worker.onModuleDestroy();
    await smtp.stop();
    await db.destroy();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
