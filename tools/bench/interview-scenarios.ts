import {
  API_ROUTES,
  DepartmentRowDto,
  InterviewAnswerDto,
  InterviewPage,
  interviewPath,
  Page,
} from '@datenlotse/contracts';
import autocannon from 'autocannon';
import { Api } from './api';
import { Scenario } from './load';

/** How many different interviews the answer scenario writes to, so that connections rarely meet on one. */
const ANSWERED_INTERVIEWS = 500;
/** The default questionnaire's first open question: what an interviewer types most. */
const TYPED_QUESTION = 'p1_tasks';

/** The interview list, the analysis across all interviews, and autosaving an answer (issue 6). */
export async function interviewScenarios(api: Api): Promise<Scenario[]> {
  const dezernate = await api.get<Page<DepartmentRowDto>>(
    `${API_ROUTES.departmentTable}?kind=dezernat&limit=5&sort=name`,
  );
  const first = await api.get<InterviewPage>(`${API_ROUTES.interviews}?limit=50`);
  if (first.total < 1000) {
    throw new Error('Few interviews: generate them first (npm run generate -- --interviews 20000 …)');
  }
  return [
    {
      name: 'interviews',
      description: 'interview list: first pages of 50, and the completed ones',
      paths: [
        `${API_ROUTES.interviews}?limit=50`,
        `${API_ROUTES.interviews}?limit=50&offset=50`,
        `${API_ROUTES.interviews}?limit=50&statuses=completed`,
      ],
    },
    {
      name: 'interview-analysis',
      description: `analysis of all completed interviews, and per Dezernat (${dezernate.items.length})`,
      paths: [
        API_ROUTES.interviewAnalysis,
        ...dezernate.items.map((d) => `${API_ROUTES.interviewAnalysis}?dezernatId=${d.id}`),
      ],
    },
    await answerScenario(api),
  ];
}

/**
 * PUT an answer, the autosave of the guided screen: each request takes the next of many interviews and sends
 * the answer's version as the server last reported it, so every save is a legal one (no 409s).
 */
async function answerScenario(api: Api): Promise<Scenario> {
  const versions = new Map<string, number>();
  for (let offset = 0; versions.size < ANSWERED_INTERVIEWS; offset += 100) {
    const page = await api.get<InterviewPage>(`${API_ROUTES.interviews}?limit=100&offset=${offset}`);
    if (page.items.length === 0) break;
    for (const row of page.items) {
      if (row.status === 'cancelled') continue;
      const interview = await api.get<{ answers: InterviewAnswerDto[] }>(interviewPath(row.id));
      const answer = interview.answers.find((a) => a.questionKey === TYPED_QUESTION);
      versions.set(row.id, answer?.version ?? 0);
    }
  }
  const ids = [...versions.keys()];
  let next = 0;
  const request: autocannon.Request = {
    method: 'PUT',
    setupRequest: (req, context) => {
      const id = ids[next++ % ids.length];
      // The answer does not name its interview: the connection's context carries it to onResponse.
      (context as { interviewId?: string }).interviewId = id;
      return {
        ...req,
        path: interviewPath(id, 'answers', TYPED_QUESTION),
        headers: { ...req.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ value: `Lasttest ${next}`, version: versions.get(id) ?? 0 }),
      };
    },
    onResponse: (status, body, context) => {
      const id = (context as { interviewId?: string }).interviewId;
      if (status !== 200 || !id) return;
      versions.set(id, (JSON.parse(body) as InterviewAnswerDto).version);
    },
  };
  return {
    name: 'interview-answer',
    description: `PUT the answer to ${TYPED_QUESTION} (autosave), over ${ids.length} interviews`,
    requests: [request],
  };
}
