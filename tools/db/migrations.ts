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

async function pendingSchemaChanges(): Promise<{ up: string[]; down: string[] }> {
  const external = process.env['DATABASE_URL'];
  const embedded = external ? null : await startEmbeddedPostgres(null);
  const dataSource = new DataSource({
    ...dataSourceOptions(external ?? embedded!.url, !external),
    logging: false,
  });
  try {
    await dataSource.initialize(); // runs the committed migrations
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
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
    console.error(`Entities and migrations drift; a migration would run:\n${up.join(';\n')}`);
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
