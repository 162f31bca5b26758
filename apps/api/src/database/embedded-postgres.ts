import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { AddressInfo, connect, createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The embedded PostgreSQL (PGlite) served on a loopback port, so the app uses the normal pg driver. */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export class DataDirInUseError extends Error {}

const LOCK_SOCKET = 'datenlotse.lock';

/**
 * Opens PGlite in `dataDir` (or in memory when dataDir is null, for tests) and serves it on 127.0.0.1.
 * A lock keeps a second server off the same data directory: PGlite is single-process and two writers
 * would corrupt it.
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  let releaseLock = async (): Promise<void> => undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = await acquireLock(dataDir);
    await initialiseOutOfProcess(join(dataDir, 'pgdata'));
  }
  try {
    const db = await PGlite.create(dataDir ? join(dataDir, 'pgdata') : 'memory://', {
      // PGlite's default of 128 MB is touched at start; 32 MB serves one team's data and keeps the server small.
      postgresqlconf: ['shared_buffers = 32MB'],
    });
    const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1' });
    await server.start();
    const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

/**
 * The first start runs initdb, which leaves the WASM heap at ~800 MB for the life of the process. Running it
 * in a short-lived child process keeps the server's own memory at what reopening an existing cluster needs.
 */
async function initialiseOutOfProcess(pgdata: string): Promise<void> {
  if (existsSync(join(pgdata, 'PG_VERSION'))) return;
  const pglite = nodeRequire().resolve('@electric-sql/pglite');
  const script = `require(${JSON.stringify(pglite)}).PGlite.create(${JSON.stringify(pgdata)}).then((db) => db.close())`;
  await promisify(execFile)(process.execPath, ['-e', script]);
}

declare const __non_webpack_require__: NodeJS.Require | undefined;

/** Node's own require: webpack's would answer a module id instead of a path. */
function nodeRequire(): NodeJS.Require {
  return typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require;
}

/**
 * The lock is a Unix socket that the server listens on: unlike a PID file it cannot go stale when a crashed
 * server's PID is reused, because a dead server's socket refuses connections.
 */
async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_SOCKET);
  if (existsSync(path)) {
    if (await isListening(path)) {
      throw new DataDirInUseError(
        `The data directory ${dataDir} is in use by another Datenlotse server. ` +
          'Stop that server, or start this one with another DATA_DIR or with DATABASE_URL.',
      );
    }
    rmSync(path, { force: true }); // left behind by a server that crashed
  }
  const lock = createServer((socket) => socket.end());
  await new Promise<void>((resolve, reject) => {
    lock.once('error', reject);
    lock.listen(path, resolve);
  });
  lock.unref();
  return () => new Promise<void>((resolve) => lock.close(() => resolve()));
}

function isListening(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}
