/**
 * Generates a migration from the difference between the entities and the migrated schema, or checks that
 * there is none (CI's drift check). Runs on DATABASE_URL when set, else on a throw-away embedded PGlite.
 *
 *   npm run db:migration:generate -- AddDatasets
 *   npm run db:migration:check
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';

const MIGRATIONS_DIR = join(__dirname, '../../apps/api/src/database/migrations');

/** A statement and its parameters (TypeORM records generated columns in typeorm_metadata with some). */
interface Statement {
  query: string;
  parameters?: unknown[];
}

async function pendingSchemaChanges(): Promise<{ up: Statement[]; down: Statement[] }> {
  const external = process.env['DATABASE_URL'];
  const embedded = external ? null : await startEmbeddedPostgres(null);
  const dataSource = new DataSource({
    ...dataSourceOptions(external ?? embedded!.url, !external),
    logging: false,
  });
  try {
    await dataSource.initialize(); // runs the committed migrations
    const sql = await dataSource.driver.createSchemaBuilder().log();
    const statement = (q: Statement): Statement => ({ query: q.query, parameters: q.parameters });
    return { up: sql.upQueries.map(statement), down: sql.downQueries.map(statement).reverse() };
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

const METADATA_TABLE = `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`;

/**
 * TypeORM keeps the expressions of generated columns in typeorm_metadata, keyed by database and schema name.
 * The generated statements carry the names of the database they were generated on; a migration must work on
 * any database, so they become current_database() and current_schema(), and the table is created if missing
 * (TypeORM only creates it when synchronizing, which we never do).
 */
function portableMetadata(statements: Statement[]): Statement[] {
  const portable = statements.map((s) => {
    if (s.query.startsWith('INSERT INTO "typeorm_metadata"') && s.parameters) {
      return {
        query:
          'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)',
        parameters: s.parameters.slice(2),
      };
    }
    if (s.query.startsWith('DELETE FROM "typeorm_metadata"') && s.parameters) {
      const [type, name, , , table] = s.parameters;
      return {
        query:
          'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3',
        parameters: [type, name, table],
      };
    }
    return s;
  });
  const usesMetadata = portable.some((s) => s.query.includes('"typeorm_metadata"'));
  return usesMetadata ? [{ query: METADATA_TABLE }, ...portable] : portable;
}

function migrationSource(className: string, up: Statement[], down: Statement[]): string {
  const call = ({ query, parameters }: Statement) =>
    parameters?.length
      ? `    await queryRunner.query(${JSON.stringify(query)}, ${JSON.stringify(parameters)});`
      : `    await queryRunner.query(${JSON.stringify(query)});`;
  const lines = (statements: Statement[]) => portableMetadata(statements).map(call).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

function register(className: string, file: string): void {
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  const index = readFileSync(indexPath, 'utf8');
  const withImport = index.replace(
    /^export const MIGRATIONS/m,
    `import { ${className} } from './${file}';\n$&`,
  );
  const withEntry = withImport.replace(/export const MIGRATIONS = \[([^\]]*)\];/, (_, list: string) => {
    const names = list
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    return `export const MIGRATIONS = [${[...names, className].join(', ')}];`;
  });
  writeFileSync(indexPath, withEntry);
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const { up, down } = await pendingSchemaChanges();
  if (command === 'check') {
    if (up.length === 0) {
      console.log('Entities and migrations agree.');
      return;
    }
    console.error(
      `Entities and migrations drift; a migration would run:\n${up.map((s) => s.query).join(';\n')}`,
    );
    console.error('Generate one with: npm run db:migration:generate -- Name');
    process.exit(1);
  }
  if (command !== 'generate' || !name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    console.error('Usage: migrations generate <PascalCaseName> | migrations check');
    process.exit(2);
  }
  if (up.length === 0) {
    console.log('No changes: entities and migrations agree.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const file = `${timestamp}-${name}`;
  const path = join(MIGRATIONS_DIR, `${file}.ts`);
  const options = { ...(await resolveConfig(path)), filepath: path };
  writeFileSync(path, await format(migrationSource(className, up, down), options));
  register(className, file);
  console.log(`Wrote apps/api/src/database/migrations/${file}.ts (${up.length} statements)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
