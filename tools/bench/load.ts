import autocannon from 'autocannon';
import { Api } from './api';

/**
 * A screen under load: the request paths one user would send, cycled by every connection; or, for writes,
 * autocannon requests built one at a time (setupRequest) from what earlier responses said (onResponse).
 */
export interface Scenario {
  name: string;
  description: string;
  paths?: string[];
  requests?: autocannon.Request[];
  /** Runs after the load, e.g. to put moved records back. */
  cleanUp?(): Promise<void>;
}

export interface ScenarioResult {
  name: string;
  description: string;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Runs autocannon on one scenario; latencies are collected per response, so that p95 is exact. */
export async function runScenario(
  api: Api,
  scenario: Scenario,
  options: { duration: number; connections: number },
): Promise<ScenarioResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: api.baseUrl,
        duration: options.duration,
        connections: options.connections,
        headers: { cookie: api.cookie },
        requests: scenario.requests ?? (scenario.paths ?? []).map((path) => ({ method: 'GET', path })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  await scenario.cleanUp?.();
  return {
    name: scenario.name,
    description: scenario.description,
    requests: result.requests.total,
    errors: result.non2xx + result.errors + result.timeouts,
    requestsPerSecond: result.requests.total / options.duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

export function printTable(results: ScenarioResult[]): void {
  const header = ['scenario', 'requests', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'];
  const rows = results.map((r) => [
    r.name,
    String(r.requests),
    String(r.errors),
    r.requestsPerSecond.toFixed(1),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
  console.log('');
  results.forEach((r) => console.log(`${r.name}: ${r.description}`));
}
