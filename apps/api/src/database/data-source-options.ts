import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * One code path for the embedded and the real PostgreSQL: the pg driver with a pool of 1 on PGlite (it
 * serves a single connection) and a normal pool on a server. Never `synchronize`: migrations run at start.
 */
export function dataSourceOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // gen_random_uuid() is built into PostgreSQL 13+; PGlite has no extensions to install.
    installExtensions: false,
    // A query that waits for a connection held by its own transaction would hang forever on a pool of 1;
    // the timeout turns such a bug into an error.
    // On a server, no JIT compilation: it costs more than it saves on the short queries of this app (75 ms of
    // JIT on a 20 ms gap-list query at 200,000 datasets).
    extra: {
      max: embedded ? 1 : 10,
      connectionTimeoutMillis: 15_000,
      ...(!embedded && { options: '-c jit=off' }),
    },
    logging: ['error', 'warn', 'migration'],
  };
}
