import { AnswerValue, InterviewStatus, QuestionnaireDefinition } from '@datenlotse/contracts';
import { DataSource } from 'typeorm';
import { requestContext } from '../src/common/request-context';
import { InterviewCompletionService } from '../src/app/interviews/interview-completion.service';
import { TestApp } from './test-app';

/**
 * Interviews straight in the database, for the tests that read them (protocol, analysis): each test owns
 * its questionnaire and units, so that the demo city's interviews do not count along.
 */
export async function insertQuestionnaire(
  db: DataSource,
  definition: QuestionnaireDefinition,
  name = 'Testfragebogen',
): Promise<{ templateId: string; versionId: string }> {
  const [template] = await db.query(
    `INSERT INTO questionnaire_template (municipality_id, name, version)
       SELECT id, $1, 1 FROM municipality ORDER BY created_at LIMIT 1 RETURNING id, municipality_id`,
    [name],
  );
  const [version] = await db.query(
    `INSERT INTO questionnaire_version (municipality_id, template_id, number, status, definition, published_at, version)
       VALUES ($1, $2, 1, 'published', $3, now(), 1) RETURNING id`,
    [template.municipality_id, template.id, JSON.stringify(definition)],
  );
  return { templateId: template.id, versionId: version.id };
}

export interface TestInterview {
  departmentId: string;
  versionId: string;
  status?: InterviewStatus;
  scheduledAt?: string;
  /** When it was completed (status completed). */
  completedAt?: string;
  location?: string | null;
  answers?: Record<string, AnswerValue>;
  notes?: Record<string, string>;
  interviewerEmails?: string[];
  inviteeIds?: string[];
}

export async function insertInterview(db: DataSource, interview: TestInterview): Promise<string> {
  const status = interview.status ?? (interview.completedAt ? 'completed' : 'planned');
  const [row] = await db.query(
    `INSERT INTO interview (municipality_id, department_id, template_version_id, status, scheduled_at,
                            location, completed_at, completion_count, version)
       SELECT municipality_id, id, $2, $3, $4, $5, $6, $7, 1 FROM department WHERE id = $1 RETURNING id`,
    [
      interview.departmentId,
      interview.versionId,
      status,
      interview.scheduledAt ?? interview.completedAt ?? '2027-03-12T09:00:00+01:00',
      interview.location ?? null,
      interview.completedAt ?? null,
      status === 'completed' ? 1 : 0,
    ],
  );
  const id: string = row.id;
  for (const [key, value] of Object.entries(interview.answers ?? {})) {
    await db.query(`INSERT INTO interview_answer (interview_id, question_key, value) VALUES ($1, $2, $3)`, [
      id,
      key,
      JSON.stringify(value),
    ]);
  }
  for (const [key, body] of Object.entries(interview.notes ?? {})) {
    await db.query(`INSERT INTO interview_note (interview_id, section_key, body) VALUES ($1, $2, $3)`, [
      id,
      key,
      body,
    ]);
  }
  for (const email of interview.interviewerEmails ?? []) {
    await db.query(
      `INSERT INTO interview_interviewer (interview_id, user_id) SELECT $1, id FROM app_user WHERE email = $2`,
      [id, email],
    );
  }
  for (const contactId of interview.inviteeIds ?? []) {
    await db.query(`INSERT INTO interview_invitee (interview_id, contact_id) VALUES ($1, $2)`, [
      id,
      contactId,
    ]);
  }
  return id;
}

/** Completes an interview as the API does, in a transaction of its own and as the team user. */
export async function completeInterview(t: TestApp, interviewId: string): Promise<void> {
  const db = t.app.get(DataSource);
  const [team] = await db.query(`SELECT id, municipality_id FROM app_user WHERE role = 'team' LIMIT 1`);
  await db.transaction((manager) =>
    requestContext.run({ requestId: 'test', ip: '', municipalityId: team.municipality_id }, () =>
      t.app.get(InterviewCompletionService).completeInTransaction(manager, interviewId, team.id),
    ),
  );
}
