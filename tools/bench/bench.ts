/**
 * Load test against a running server: signs in, then runs autocannon against the screens that must answer
 * while typing (department table, search, timeline, contacts), the dataset pipeline (list, board, a transition,
 * the gap list), interviews (list, analysis, answer autosave) and prints p50/p95/p99 and requests/s; with --import, also times a CSV import and samples the
 * server's memory.
 *
 *   npm run bench -- --url http://localhost:3302 --duration 10 --connections 10
 *   npm run bench -- --url http://localhost:3302 --only datasets,datasets-filtered,transition --connections 1
 *   npm run bench -- --url http://localhost:3302 --import /tmp/contacts-50k.csv --pid 12345 --only import
 */
import { parseArgs } from 'node:util';
import { Api } from './api';
import { benchImport } from './import-bench';
import { printTable, runScenario, ScenarioResult } from './load';
import { interviewScenarios } from './interview-scenarios';
import { pipelineScenarios } from './pipeline-scenarios';
import { scenarios } from './scenarios';

const CRM_SCENARIOS = ['table', 'search', 'timeline', 'contacts'];
const PIPELINE_SCENARIOS = [
  'datasets',
  'datasets-filtered',
  'datasets-search',
  'board',
  'transition',
  'gaps',
];
const INTERVIEW_SCENARIOS = ['interviews', 'interview-analysis', 'interview-answer'];

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    email: { type: 'string', default: 'team@demo.datenlotse.de' },
    password: { type: 'string', default: 'datenlotse-demo' },
    import: { type: 'string' },
    pid: { type: 'string' },
    only: {
      type: 'string',
      description: `comma-separated scenario names (${[...CRM_SCENARIOS, ...PIPELINE_SCENARIOS, ...INTERVIEW_SCENARIOS, 'import'].join(', ')})`,
    },
    keep: {
      type: 'boolean',
      default: false,
      description: 'keep the imported contacts instead of undoing the import',
    },
  },
});

async function main(): Promise<void> {
  const api = await Api.signIn(String(values.url), String(values.email), String(values.password));
  const only = values.only?.split(',').map((s) => s.trim());
  const wanted = (name: string) => !only || only.includes(name);
  const results: ScenarioResult[] = [];
  const all = [
    ...(CRM_SCENARIOS.some(wanted) ? await scenarios(api) : []),
    ...(PIPELINE_SCENARIOS.some(wanted) ? await pipelineScenarios(api) : []),
    ...(INTERVIEW_SCENARIOS.some(wanted) ? await interviewScenarios(api) : []),
  ];
  for (const scenario of all) {
    if (!wanted(scenario.name)) continue;
    results.push(
      await runScenario(api, scenario, {
        duration: Number(values.duration),
        connections: Number(values.connections),
      }),
    );
  }
  if (results.length > 0) printTable(results);
  if (values.import && wanted('import')) {
    await benchImport(api, values.import, {
      pid: values.pid ? Number(values.pid) : null,
      undo: !values.keep,
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
