import { Role } from '@datenlotse/contracts';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';
import { AppConfig, loadConfig } from '../src/config/config';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/database/seeds/demo-organisation';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  /** A fresh client without a session. */
  anonymous(): TestAgent;
  /** A client signed in as the demo user of that role (from its own IP, so rate limits stay apart). */
  signIn(role: Role): Promise<TestAgent>;
  /** A client signed in with these credentials. */
  signInAs(email: string, password: string): Promise<TestAgent>;
  close(): Promise<void>;
}

/** A throw-away database: an in-memory PGlite, or a fresh database on DATABASE_URL's server. */
async function throwAwayDatabase(): Promise<{ url: string; external: boolean; drop(): Promise<void> }> {
  const server = process.env['DATABASE_URL'];
  if (!server) {
    const embedded = await startEmbeddedPostgres(null);
    return { url: embedded.url, external: false, drop: () => embedded.stop() };
  }
  const name = `datenlotse_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    external: true,
    async drop() {
      const client = new Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

let ipCounter = 0;

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await throwAwayDatabase();
  const config = loadConfig({
    DEMO_DATA: 'true',
    TRUST_PROXY: '1',
    // The mail worker and the reminder jobs run only where a test drives them (runOnce / run(now)).
    JOBS: 'false',
    ...(database.external && { DATABASE_URL: database.url }),
    ...env,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database.url), {
    bodyParser: false,
    logger: ['error'],
  });
  configureApp(app, config);
  await app.init();
  const server = app.getHttpServer();
  const ipBase = (process.pid % 200) + 10;
  const signInAs = async (email: string, password: string): Promise<TestAgent> => {
    const agent = request.agent(server).set('X-Forwarded-For', `10.${ipBase}.1.${++ipCounter % 250}`);
    await agent.post('/api/v1/auth/login').send({ email, password }).expect(200);
    return agent;
  };
  return {
    app,
    config,
    anonymous: () => request.agent(server).set('X-Forwarded-For', `10.${ipBase}.0.${++ipCounter % 250}`),
    signInAs,
    async signIn(role: Role) {
      const demo = DEMO_USERS.find((u) => u.role === role);
      if (!demo) throw new Error(`No demo user with role ${role}`);
      return signInAs(demo.email, DEMO_PASSWORD);
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
