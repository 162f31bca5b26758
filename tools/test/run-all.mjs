#!/usr/bin/env node
/**
 * Runs every test suite — api and contracts (jest), web (Angular's Vitest runner), e2e (Playwright on Debian's
 * Chromium) — and ends with the totals on one line: `N passed, N failed`.
 *
 *   npm test              all suites
 *   npm test -- unit      jest and web only
 *   npm test -- e2e       e2e only
 *
 * DATABASE_URL set ⇒ the api's integration tests run on that PostgreSQL server (each file in a fresh database);
 * unset ⇒ on an embedded PGlite. The e2e server always uses a fresh embedded database.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const out = join(root, 'tmp/test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const only = process.argv[2];
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  return result;
}

function jestSuite() {
  const file = join(out, 'jest.json');
  // PGlite loads its WASM with a dynamic import(), which jest's module sandbox allows only with this flag.
  const result = run('npx', ['jest', '--ci', '--json', `--outputFile=${file}`], {
    NODE_OPTIONS:
      `${env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
  });
  if (!existsSync(file))
    return { name: 'api + contracts (jest)', passed: 0, failed: 1, crashed: result.status };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A file that fails to load counts as a failure even though none of its tests ran.
  const broken = report.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length;
  return {
    name: 'api + contracts (jest)',
    passed: report.numPassedTests,
    failed: report.numFailedTests + broken,
    pending: report.numPendingTests,
  };
}

function webSuite() {
  const result = run('npx', ['nx', 'test', 'web', '--output-style=static', '--skip-nx-cache']);
  // eslint-disable-next-line no-control-regex -- strips colour codes, should a tool ignore FORCE_COLOR
  const text = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const line = text.split('\n').find((l) => /^\s*Tests\s+/.test(l)) ?? '';
  const passed = Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
  const failed = Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
  const crashed = result.status !== 0 && failed === 0;
  return { name: 'web (vitest)', passed, failed: failed + (crashed ? 1 : 0) };
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return true;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log("Installing Debian's chromium for the e2e tests …");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  }
  if (existsSync('/usr/bin/chromium')) return true;
  console.error('The e2e tests need /usr/bin/chromium: run `sudo apt-get install -y chromium` once.');
  return false;
}

function e2eSuite() {
  if (!ensureChromium()) return { name: 'e2e (playwright)', passed: 0, failed: 1 };
  const build = run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']);
  if (build.status !== 0) return { name: 'e2e (playwright)', passed: 0, failed: 1 };
  const file = join(out, 'e2e.json');
  run('npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  if (!existsSync(file)) return { name: 'e2e (playwright)', passed: 0, failed: 1 };
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats;
  return {
    name: 'e2e (playwright)',
    passed: stats.expected,
    failed: stats.unexpected + stats.flaky,
    pending: stats.skipped,
  };
}

const suites = [];
if (only !== 'e2e') suites.push(jestSuite(), webSuite());
if (only !== 'unit') suites.push(e2eSuite());

console.log('\nTest suites:');
for (const s of suites)
  console.log(
    `  ${s.name}: ${s.passed} passed, ${s.failed} failed${s.pending ? `, ${s.pending} skipped` : ''}`,
  );
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
