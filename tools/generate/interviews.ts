import {
  AnswerValue,
  OBJECTION_CATEGORIES,
  QuestionDefinition,
  QuestionnaireDefinition,
  isQuestionVisible,
} from '@datenlotse/contracts';
import { Client } from 'pg';
import { Random, uuidFrom } from './random';

export interface InterviewParams {
  seed: number;
  count: number;
  municipalityId: string;
  until: Date;
  teamUserIds: string[];
  batch: number;
  log: (message: string) => void;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/** Words the generated answers are made of: enough variety that the analysis has something to count. */
const TASK_TEXTS = [
  'Genehmigungen, Bescheide und Statistiken für den Rat',
  'Planung, Unterhaltung und Kontrolle städtischer Anlagen',
  'Beratung von Bürgerinnen und Bürgern, Fallbearbeitung im Fachverfahren',
  'Messungen, Kartierungen und jährliche Berichte',
];
const SYSTEMS = ['SAP', 'OK.VERKEHR', 'ArcGIS', 'Excel-Listen', 'VOIS', 'MESO', 'Fachanwendung XY', 'ALKIS'];
const DATASET_TITLES = [
  'Standorte der Einrichtungen',
  'Jährliche Fallzahlen',
  'Messwerte der Stationen',
  'Öffnungszeiten',
  'Baustellen',
  'Haushaltsplan',
];
const FORMATS = ['CSV', 'XLSX', 'GeoJSON', 'JSON'];
const REQUESTERS = ['Presse', 'Rat', 'Bürgerinnen und Bürger', 'andere Ämter', 'Wissenschaft'];

/** A plausible answer to a question, by its type; rows get deterministic ids. */
function answerFor(random: Random, question: QuestionDefinition, rows: string[], at: number): AnswerValue {
  switch (question.type) {
    case 'text':
      return random.pick(TASK_TEXTS);
    case 'yes_no':
      return random.chance(0.5);
    case 'single_choice':
      if (question.optionsFrom) return rows.length > 0 ? random.pick(rows) : null;
      return random.pick(question.options ?? []).value;
    case 'multi_choice': {
      const values = (question.options ?? []).map((option) => option.value);
      const chosen = random.some(values, Math.min(3, values.length));
      return chosen.length > 0 ? chosen : [values[0]];
    }
    case 'scale':
      return random.int(question.scale?.min ?? 1, question.scale?.max ?? 5);
    case 'date':
      return new Date(at + random.int(7, 90) * 86400000).toISOString().slice(0, 10);
    case 'contact':
      return null;
    case 'dataset_list':
      return rows.map((id) => ({
        id,
        title: random.pick(DATASET_TITLES),
        sourceSystem: random.pick(SYSTEMS),
        format: random.pick(FORMATS),
        requestedBy: random.pick(REQUESTERS),
        containsPersonalData: random.chance(0.2),
      }));
    case 'objection_list':
      return random.chance(0.4)
        ? [
            {
              id: `c${random.int(1, 9999)}`,
              category: random.pick(OBJECTION_CATEGORIES),
              statement: 'Bedenken',
            },
          ]
        : [];
  }
}

/**
 * Completed interviews on the default questionnaire with plausible answers, spread over the last year, for
 * the analysis benchmark. Only the interview and its answers are written: the records a real completion makes
 * (datasets, objections, …) come from --datasets and --objections.
 */
export async function generateInterviews(client: Client, params: InterviewParams): Promise<void> {
  const version = await client.query(
    `SELECT v.id, v.definition FROM questionnaire_version v
     JOIN questionnaire_template t ON t.id = v.template_id
     WHERE t.municipality_id = $1 AND t.seed_key = 'default' AND v.status = 'published'
     ORDER BY v.number DESC LIMIT 1`,
    [params.municipalityId],
  );
  if (version.rowCount === 0) throw new Error('No default questionnaire: start the server once first');
  const versionId: string = version.rows[0].id;
  const definition: QuestionnaireDefinition = version.rows[0].definition;
  const questions = definition.sections.flatMap((section) => section.questions);
  const units = await client.query(
    `SELECT id FROM department WHERE municipality_id = $1 AND kind = 'amt' ORDER BY id`,
    [params.municipalityId],
  );
  const departmentIds = units.rows.map((row: { id: string }) => row.id);
  if (departmentIds.length === 0) throw new Error('No Ämter to interview: generate departments first');
  const random = new Random(params.seed + 7);
  const until = params.until.getTime();
  for (let done = 0; done < params.count; done += params.batch) {
    const interviews = [];
    const answers = [];
    const interviewers = [];
    for (let i = done; i < Math.min(params.count, done + params.batch); i++) {
      const id = uuidFrom(random);
      const at = until - random.float() * YEAR_MS;
      interviews.push({ id, department_id: random.pick(departmentIds), at: new Date(at).toISOString() });
      interviewers.push({ interview_id: id, user_id: random.pick(params.teamUserIds) });
      const rows = Array.from({ length: random.int(1, 4) }, (_, r) => `r${r + 1}`);
      const given: Record<string, AnswerValue> = {};
      for (const question of questions) {
        if (!isQuestionVisible(definition, question, given)) continue;
        const value = answerFor(random, question, rows, at);
        if (value === null) continue;
        given[question.key] = value;
        answers.push({ interview_id: id, question_key: question.key, value });
      }
    }
    await client.query(
      `INSERT INTO interview (id, municipality_id, version, department_id, template_version_id, status,
         scheduled_at, started_at, completed_at, completion_count)
       SELECT v.id, $2, 2, v.department_id, $3, 'completed', v.at, v.at, v.at, 1
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, department_id uuid, at timestamptz)`,
      [JSON.stringify(interviews), params.municipalityId, versionId],
    );
    await client.query(
      `INSERT INTO interview_interviewer (interview_id, user_id)
       SELECT v.interview_id, v.user_id FROM jsonb_to_recordset($1::jsonb) AS v(interview_id uuid, user_id uuid)`,
      [JSON.stringify(interviewers)],
    );
    await client.query(
      `INSERT INTO interview_answer (interview_id, question_key, value)
       SELECT v.interview_id, v.question_key, v.value
       FROM jsonb_to_recordset($1::jsonb) AS v(interview_id uuid, question_key text, value jsonb)`,
      [JSON.stringify(answers)],
    );
    params.log(`${Math.min(params.count, done + params.batch)} interviews`);
  }
}
