import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

const port = Number(process.env['E2E_PORT'] ?? 3199);
const baseURL = `http://127.0.0.1:${port}`;
/** Where the tests' mail catcher listens; the server under test sends its mail there. */
const smtpPort = Number(process.env['E2E_SMTP_PORT'] ?? port + 25);
process.env['E2E_SMTP_PORT'] = String(smtpPort);
const root = join(__dirname, '../..');

/**
 * Drives the built app (`npm run build` first; `npm test` does it) in Debian's Chromium against a server on
 * a fresh embedded database with the demo city.
 */
export default defineConfig({
  testDir: './src',
  outputDir: join(root, 'tmp/e2e-output'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'de-DE',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: `rm -rf tmp/e2e-data && node dist/apps/api/main.js`,
    cwd: root,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      DATA_DIR: 'tmp/e2e-data',
      DATABASE_URL: '',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      // Until a test starts the catcher, sending fails and the mails wait in the outbox for their retry.
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      PUBLIC_URL: baseURL,
    },
  },
});
