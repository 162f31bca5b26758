import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataDirInUseError, startEmbeddedPostgres } from './embedded-postgres';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'datenlotse-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across restarts and refuses a second server on the same directory', async () => {
    const first = await startEmbeddedPostgres(dataDir);
    try {
      await query(first.url, "CREATE TABLE note (text text); INSERT INTO note VALUES ('bleibt')");
      await expect(startEmbeddedPostgres(dataDir)).rejects.toThrow(DataDirInUseError);
      await expect(startEmbeddedPostgres(dataDir)).rejects.toThrow(/in use by another Datenlotse server/);
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres(dataDir);
    try {
      expect(await query(second.url, 'SELECT text FROM note')).toEqual([{ text: 'bleibt' }]);
    } finally {
      await second.stop();
    }
  });

  it('takes over the lock a crashed server left behind', async () => {
    const crashed = mkdtempSync(join(tmpdir(), 'datenlotse-crashed-'));
    writeFileSync(join(crashed, 'datenlotse.lock'), '');
    const server = await startEmbeddedPostgres(crashed);
    await server.stop();
    rmSync(crashed, { recursive: true, force: true });
  });
});
