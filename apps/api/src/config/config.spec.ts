import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('starts with sensible defaults: port 3000, embedded database, demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, demoData: true, adminEmail: null });
    expect(config.dataDir).toMatch(/\/data$/);
    // No SMTP: mails wait in the outbox; links point at the local server; approval links last 14 days.
    expect(config).toMatchObject({ smtpUrl: null, publicUrl: 'http://localhost:3000', approvalLinkDays: 14 });
  });

  it('reads the mail settings and the address people reach the app at', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://user:secret@mail.stadt.example:587',
      MAIL_FROM: 'Open Data <opendata@stadt.example>',
      PUBLIC_URL: 'https://datenlotse.stadt.example/',
    });
    expect(config).toMatchObject({
      smtpUrl: 'smtp://user:secret@mail.stadt.example:587',
      mailFrom: 'Open Data <opendata@stadt.example>',
      publicUrl: 'https://datenlotse.stadt.example',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ ADMIN_EMAIL: 'chef@stadt.example' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'no-email', ADMIN_PASSWORD: 'long-enough-1' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'a@b.de', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ MUNICIPALITY_GEOCODE: '5111' }, 'MUNICIPALITY_GEOCODE'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ SMTP_URL: 'http://mail.example' }, 'SMTP_URL'],
    [{ PUBLIC_URL: 'datenlotse.example' }, 'PUBLIC_URL'],
    [{ APPROVAL_LINK_DAYS: '0' }, 'APPROVAL_LINK_DAYS'],
  ])('refuses %j with a message naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Configuration error: ${variable} `));
  });

  it('reads a real PostgreSQL server and the first admin', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app@db:5432/datenlotse',
      ADMIN_EMAIL: 'Chef@Stadt.example',
      ADMIN_PASSWORD: 'long-enough-1',
      DEMO_DATA: 'false',
      DATA_DIR: '/var/lib/datenlotse',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://app@db:5432/datenlotse',
      adminEmail: 'chef@stadt.example',
      demoData: false,
      dataDir: '/var/lib/datenlotse',
    });
  });
});
