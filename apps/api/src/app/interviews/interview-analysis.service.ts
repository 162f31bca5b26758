import {
  FIELD_ERROR_CODES,
  InterviewAnalysisDto,
  InterviewAnalysisQuery,
  QuestionType,
} from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { fieldError } from '../../common/validation';
import { SUBTREE_OF } from '../departments/department-scope';
import {
  analyseQuestion,
  CountRow,
  planQuestions,
  PlannedQuestion,
  TextRow,
  VersionRow,
} from './interview-analysis-plan';

/** The newest texts per question: `answered` says how many there are in all. */
export const ANALYSIS_TEXT_LIMIT = 500;

/** Whether a stored answer counts as given (as hasAnswer in the contracts), in SQL. */
const HAS_ANSWER = `CASE jsonb_typeof(a.value)
    WHEN 'null' THEN false
    WHEN 'string' THEN btrim(a.value #>> '{}') <> ''
    WHEN 'array' THEN jsonb_array_length(a.value) > 0
    ELSE true END`;

/** The rows of a list answer; anything else as no rows (jsonb_array_elements fails on a non-array). */
const ROWS = `jsonb_array_elements(CASE WHEN jsonb_typeof(a.value) = 'array' THEN a.value ELSE '[]'::jsonb END)`;

/**
 * Answers per question across the completed interviews of a questionnaire: counts for choices, yes/no, scales,
 * concern categories and source systems, the texts of open questions. A few statements over interview_answer,
 * whatever the number of interviews.
 */
@Injectable()
export class InterviewAnalysisService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async analyse(query: InterviewAnalysisQuery): Promise<InterviewAnalysisDto> {
    const municipalityId = requestContext.municipalityId();
    const templateId = await this.templateId(municipalityId, query.templateId);
    if (!templateId) return { interviewCount: 0, questions: [] };
    const versions: VersionRow[] = await this.dataSource.query(
      `SELECT id, number, status, definition FROM questionnaire_version
        WHERE template_id = $1 AND municipality_id = $2 ORDER BY number DESC`,
      [templateId, municipalityId],
    );
    const plan = planQuestions(versions);
    const params = {
      municipalityId,
      templateId,
      rootId: query.dezernatId ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      scalarKeys: keysOf(plan, ['yes_no', 'single_choice', 'scale']),
      multiKeys: keysOf(plan, ['multi_choice']),
      concernKeys: keysOf(plan, ['objection_list']),
      datasetKeys: keysOf(plan, ['dataset_list']),
      textKeys: keysOf(plan, ['text']),
      textLimit: ANALYSIS_TEXT_LIMIT,
    };
    const done = this.completedInterviews(query);
    const [{ count }] = await this.run<{ count: number }>(
      `${done} SELECT count(*)::int AS count FROM done`,
      params,
    );
    if (count === 0) {
      return { interviewCount: 0, questions: plan.map((planned) => analyseQuestion(planned, [], [], 0)) };
    }
    const counts = await this.run<CountRow>(countsSql(done), params);
    const texts = await this.run<TextRow>(textsSql(done), params);
    return {
      interviewCount: count,
      questions: plan.map((planned) => {
        const mine = (row: { question_key: string; version_id: string }) =>
          row.question_key === planned.question.key && planned.versionIds.has(row.version_id);
        return analyseQuestion(planned, counts.filter(mine), texts.filter(mine), ANALYSIS_TEXT_LIMIT);
      }),
    };
  }

  /** The template asked for, or the shipped default; a template id of another municipality is unknown. */
  private async templateId(municipalityId: string, templateId: string | undefined): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      templateId
        ? 'SELECT id FROM questionnaire_template WHERE municipality_id = $1 AND id = $2'
        : `SELECT id FROM questionnaire_template WHERE municipality_id = $1 AND seed_key = 'default'`,
      templateId ? [municipalityId, templateId] : [municipalityId],
    );
    if (templateId && !rows[0]) {
      throw fieldError('templateId', FIELD_ERROR_CODES.unknownReference, `No questionnaire ${templateId}`);
    }
    return rows[0]?.id ?? null;
  }

  /**
   * `done`: the completed interviews of the template in the filter. Days are days in the city: `to` takes in
   * the whole day.
   */
  private completedInterviews(query: InterviewAnalysisQuery): string {
    const conditions = [
      'i.municipality_id = :municipalityId',
      `i.status = 'completed'`,
      'v.template_id = :templateId',
    ];
    // An array, not a subquery, as in the dataset list: the planner then looks interviews up by department.
    if (query.dezernatId) conditions.push(`i.department_id = ANY(ARRAY(${SUBTREE_OF}))`);
    if (query.from) {
      conditions.push(`i.completed_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Berlin')`);
    }
    if (query.to) {
      conditions.push(`i.completed_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`);
    }
    return `WITH done AS (
        SELECT i.id, i.department_id, i.template_version_id AS version_id, i.completed_at
          FROM interview i JOIN questionnaire_version v ON v.id = i.template_version_id
         WHERE ${conditions.join(' AND ')}
      )`;
  }

  private async run<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [escaped, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return this.dataSource.query(escaped, values);
  }
}

function keysOf(plan: readonly PlannedQuestion[], types: readonly QuestionType[]): string[] {
  return plan
    .filter((planned) => types.includes(planned.question.type) && !planned.question.optionsFrom)
    .map((planned) => planned.question.key);
}

/**
 * One statement for every count: answered per question; scalar values (yes_no as true/false); chosen options;
 * concern categories and source systems by the interviews that named them (a department listing three
 * datasets from one Fachverfahren counts once, so that recurring systems stand out).
 */
function countsSql(done: string): string {
  return `${done},
    answers AS (
      SELECT d.id AS interview_id, d.version_id, a.question_key, a.value
        FROM done d JOIN interview_answer a ON a.interview_id = d.id
    )
    SELECT 'answered' AS kind, a.question_key, a.version_id, NULL AS value, NULL AS label, count(*)::int AS count
      FROM answers a WHERE ${HAS_ANSWER}
     GROUP BY a.question_key, a.version_id
    UNION ALL
    SELECT 'value', a.question_key, a.version_id, a.value #>> '{}', NULL, count(*)::int
      FROM answers a
     WHERE a.question_key = ANY(ARRAY[:...scalarKeys]::text[])
       AND jsonb_typeof(a.value) IN ('boolean', 'number', 'string')
     GROUP BY a.question_key, a.version_id, a.value #>> '{}'
    UNION ALL
    SELECT 'value', a.question_key, a.version_id, r.item #>> '{}', NULL, count(DISTINCT a.interview_id)::int
      FROM answers a CROSS JOIN LATERAL ${ROWS} AS r(item)
     WHERE a.question_key = ANY(ARRAY[:...multiKeys]::text[]) AND jsonb_typeof(r.item) = 'string'
     GROUP BY a.question_key, a.version_id, r.item #>> '{}'
    UNION ALL
    SELECT 'value', a.question_key, a.version_id, r.item ->> 'category', NULL, count(DISTINCT a.interview_id)::int
      FROM answers a CROSS JOIN LATERAL ${ROWS} AS r(item)
     WHERE a.question_key = ANY(ARRAY[:...concernKeys]::text[]) AND r.item ->> 'category' IS NOT NULL
     GROUP BY a.question_key, a.version_id, r.item ->> 'category'
    UNION ALL
    SELECT 'value', a.question_key, a.version_id, lower(btrim(r.item ->> 'sourceSystem')),
           mode() WITHIN GROUP (ORDER BY btrim(r.item ->> 'sourceSystem')), count(DISTINCT a.interview_id)::int
      FROM answers a CROSS JOIN LATERAL ${ROWS} AS r(item)
     WHERE a.question_key = ANY(ARRAY[:...datasetKeys]::text[])
       AND btrim(coalesce(r.item ->> 'sourceSystem', '')) <> ''
     GROUP BY a.question_key, a.version_id, lower(btrim(r.item ->> 'sourceSystem'))`;
}

/**
 * The texts of open questions and the candidates' titles (with who asks for them), newest interview first,
 * at most :textLimit per question and version.
 */
function textsSql(done: string): string {
  return `${done},
    texts AS (
      SELECT a.question_key, d.version_id, d.id AS interview_id, d.department_id, d.completed_at,
             btrim(a.value #>> '{}') AS text, 0::bigint AS n
        FROM done d JOIN interview_answer a ON a.interview_id = d.id
       WHERE a.question_key = ANY(ARRAY[:...textKeys]::text[])
         AND jsonb_typeof(a.value) = 'string' AND btrim(a.value #>> '{}') <> ''
      UNION ALL
      SELECT a.question_key, d.version_id, d.id, d.department_id, d.completed_at,
             btrim(r.item ->> 'title') || CASE WHEN btrim(coalesce(r.item ->> 'requestedBy', '')) <> ''
               THEN ' (' || btrim(r.item ->> 'requestedBy') || ')' ELSE '' END,
             r.n
        FROM done d JOIN interview_answer a ON a.interview_id = d.id
        CROSS JOIN LATERAL ${ROWS} WITH ORDINALITY AS r(item, n)
       WHERE a.question_key = ANY(ARRAY[:...datasetKeys]::text[])
         AND btrim(coalesce(r.item ->> 'title', '')) <> ''
    ),
    ranked AS (
      SELECT t.*, row_number() OVER (
               PARTITION BY t.question_key, t.version_id ORDER BY t.completed_at DESC, t.interview_id, t.n
             ) AS rank
        FROM texts t
    )
    SELECT r.question_key, r.version_id, r.interview_id, dep.name AS department_name, r.text, r.completed_at
      FROM ranked r JOIN department dep ON dep.id = r.department_id
     WHERE r.rank <= :textLimit
     ORDER BY r.question_key, r.completed_at DESC, r.interview_id, r.n`;
}
