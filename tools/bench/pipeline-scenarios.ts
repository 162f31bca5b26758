import {
  API_ROUTES,
  DatasetDto,
  DatasetPage,
  DatasetStage,
  datasetPath,
  DepartmentRowDto,
  Page,
} from '@datenlotse/contracts';
import autocannon from 'autocannon';
import { Api } from './api';
import { Scenario } from './load';

/** How many different datasets the transition scenario moves, so that no two connections meet on one. */
const MOVED_DATASETS = 2000;
const LIST = `${API_ROUTES.datasets}?limit=50`;

/** What the team types into the dataset list's search box. */
const DATASET_SEARCHES = ['Feuerwehr', 'Radverkehr', 'Messwerte Oberbilk', 'Standorte Schulen', 'Sirenen'];

/** The dataset list, the board, a transition and the gap list (issue 4's speed targets). */
export async function pipelineScenarios(api: Api): Promise<Scenario[]> {
  const dezernate = await api.get<Page<DepartmentRowDto>>(
    `${API_ROUTES.departmentTable}?kind=dezernat&limit=5&sort=name`,
  );
  if (dezernate.items.length === 0) throw new Error('No Dezernate: generate data first (npm run generate)');
  const first = await api.get<DatasetPage>(LIST);
  if (first.total < 1000) {
    throw new Error('Few datasets: generate the pipeline first (npm run generate -- --datasets 200000 …)');
  }
  return [
    {
      name: 'datasets',
      description: 'dataset list: first pages of 50, newest change first (the default sort)',
      paths: [LIST, `${LIST}&offset=50`, `${LIST}&offset=100`],
    },
    {
      name: 'datasets-filtered',
      description: `dataset list filtered by stage and Dezernat (${dezernate.items.length} Dezernate), sorted`,
      paths: dezernate.items.flatMap((d) => [
        `${LIST}&stages=in_clarification,agreed&dezernatId=${d.id}`,
        `${LIST}&stages=published,maintained&dezernatId=${d.id}&sort=title`,
      ]),
    },
    {
      name: 'datasets-search',
      description: `dataset list searched by words: ${DATASET_SEARCHES.join(', ')}`,
      paths: DATASET_SEARCHES.map((q) => `${LIST}&q=${encodeURIComponent(q)}`),
    },
    {
      name: 'board',
      description: 'kanban board: count and first cards per stage, unfiltered and for one owner',
      paths: [API_ROUTES.datasetBoard, `${API_ROUTES.datasetBoard}?owner=me`],
    },
    await transitionScenario(api),
    {
      name: 'gaps',
      description:
        'gap list: all 241 model datasets by Thema with the city’s most advanced dataset, filtered',
      paths: [
        API_ROUTES.modelDatasets,
        `${API_ROUTES.modelDatasets}?coverage=missing`,
        `${API_ROUTES.modelDatasets}?q=Verkehr`,
      ],
    },
  ];
}

/**
 * identified ⇄ on_hold: a legal pair in both directions whose only guard is the reason for on_hold, so every
 * move succeeds. Each request takes the next of many datasets and moves it to the other stage of the pair;
 * the stage is taken from the server's answer, never guessed (or asked for, where the run ended before the
 * answer came). Afterwards every dataset goes back to identified.
 */
async function transitionScenario(api: Api): Promise<Scenario> {
  const stages = new Map<string, DatasetStage>();
  for (let offset = 0; stages.size < MOVED_DATASETS; offset += 100) {
    const page = await api.get<DatasetPage>(
      `${API_ROUTES.datasets}?stages=identified&sort=title&limit=100&offset=${offset}`,
    );
    if (page.items.length === 0) break;
    for (const row of page.items) stages.set(row.id, row.stage);
  }
  const ids = [...stages.keys()];
  if (ids.length < 100) throw new Error('Too few datasets in identified for the transition scenario');
  // Sent, but no answer seen yet: the last requests of a run, or ones built and never sent.
  const pending = new Set<string>();
  let next = 0;
  const request: autocannon.Request = {
    method: 'POST',
    setupRequest: (req) => {
      const id = ids[next++ % ids.length];
      pending.add(id);
      const to: DatasetStage = stages.get(id) === 'on_hold' ? 'identified' : 'on_hold';
      const body = to === 'on_hold' ? { to, reason: 'Lasttest: zurückgestellt' } : { to };
      return {
        ...req,
        path: datasetPath(id, 'transitions'),
        headers: { ...req.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      };
    },
    onResponse: (status, body) => {
      if (status !== 200) return;
      const moved = JSON.parse(body) as Pick<DatasetDto, 'id' | 'stage'>;
      stages.set(moved.id, moved.stage);
      pending.delete(moved.id);
    },
  };
  return {
    name: 'transition',
    description: `POST a transition identified ⇄ on_hold, over ${ids.length} different datasets`,
    requests: [request],
    async cleanUp() {
      await new Promise((resolve) => setTimeout(resolve, 500)); // moves still under way on the server
      for (const id of pending) stages.set(id, (await api.get<DatasetDto>(datasetPath(id))).stage);
      for (const [id, stage] of stages) {
        if (stage === 'on_hold') await api.post(datasetPath(id, 'transitions'), { to: 'identified' });
      }
    },
  };
}
