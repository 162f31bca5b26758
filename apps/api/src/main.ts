import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { ConfigError, loadConfig } from './config/config';
import { DataDirInUseError, startEmbeddedPostgres } from './database/embedded-postgres';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug'];

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  if (embedded) Logger.log(`Embedded PostgreSQL (PGlite) in ${config.dataDir}`, 'Database');
  const databaseUrl = config.databaseUrl ?? embedded?.url ?? '';
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    logger: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
  });
  configureApp(app, config);
  await app.listen(config.port);
  // Close the pool before PGlite, so PGlite flushes to disk with no client attached.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app
        .close()
        .then(() => embedded?.stop())
        .finally(() => process.exit(0));
    });
  }
  Logger.log(`Datenlotse is ready at http://localhost:${config.port}`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
