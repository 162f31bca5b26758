import {
  allQuestions,
  AnswerValue,
  answerProblem,
  ConcernRow,
  DatasetCandidateRow,
  Frequency,
  QuestionnaireDefinition,
} from '@datenlotse/contracts';
import { EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { EngagementService } from '../../app/engagement/engagement.service';
import { InterviewCompletionService } from '../../app/interviews/interview-completion.service';
import { DEMO_DOMAIN } from './demo-crm-data';
import {
  DEMO_INTERVIEWS,
  DEMO_PLANNED_INTERVIEW,
  SeedAnswers,
  SeedInterview,
  SeedPlannedInterview,
} from './demo-interviews-data';
import { SeedCalendar } from './demo-pipeline-calendar';

const DAY_MS = 24 * 60 * 60 * 1000;
const DURATION_MINUTES = 90;

/** What the demo interviews need of the app: they are completed the way the API completes them. */
export interface DemoInterviewServices {
  completion: Pick<InterviewCompletionService, 'completeInTransaction'>;
  engagement: Pick<EngagementService, 'refresh'>;
}

interface LinkedDataset {
  id: string;
  title: string;
  description: string | null;
  source_system: string | null;
  formats: string[];
  accrual_periodicity: Frequency | null;
  contains_personal_data: boolean;
  model_dataset_id: string | null;
  updated_at: Date;
}

/**
 * The five pilot departments' interviews, completed through the interview completion (so that their datasets,
 * objections, agreements, tasks and timeline entries exist as after a real meeting) and dated back to the day
 * each was held; and next week's planned interview. Rows and concerns the demo pipeline already has are
 * linked to its records beforehand, so that the completion finds them instead of making them twice. Runs
 * inside the seed transaction, after the demo pipeline.
 */
export async function seedDemoInterviews(
  manager: EntityManager,
  municipalityId: string,
  now: Date,
  services: DemoInterviewServices,
): Promise<void> {
  const [existing] = await manager.query(`SELECT 1 FROM interview WHERE municipality_id = $1 LIMIT 1`, [
    municipalityId,
  ]);
  if (existing) return;
  const seed = new DemoInterviewSeed(manager, municipalityId, new SeedCalendar(now), services);
  await requestContext.run({ requestId: 'seed:demo-interviews', ip: '', municipalityId }, async () => {
    await seed.load();
    for (const interview of DEMO_INTERVIEWS) await seed.completed(interview);
    await seed.planned(DEMO_PLANNED_INTERVIEW);
  });
}

class DemoInterviewSeed {
  private versionId = '';
  private definition: QuestionnaireDefinition = { sections: [] };
  private readonly units = new Map<string, string>();
  private readonly contacts = new Map<string, string>();
  private readonly users = new Map<string, string>();

  constructor(
    private readonly manager: EntityManager,
    private readonly municipalityId: string,
    private readonly calendar: SeedCalendar,
    private readonly services: DemoInterviewServices,
  ) {}

  async load(): Promise<void> {
    const [version]: Array<{ id: string; definition: QuestionnaireDefinition }> = await this.manager.query(
      `SELECT v.id, v.definition FROM questionnaire_version v
         JOIN questionnaire_template t ON t.id = v.template_id
        WHERE t.municipality_id = $1 AND t.seed_key = 'default' AND v.status = 'published'
        ORDER BY v.number DESC LIMIT 1`,
      [this.municipalityId],
    );
    if (!version) throw new Error('The demo interviews need the default questionnaire');
    this.versionId = version.id;
    this.definition = version.definition;
    const scope = [this.municipalityId];
    const units: Array<{ id: string; name: string; short_name: string | null }> = await this.manager.query(
      'SELECT id, name, short_name FROM department WHERE municipality_id = $1',
      scope,
    );
    for (const unit of units) {
      this.units.set(unit.name, unit.id);
      if (unit.short_name) this.units.set(unit.short_name, unit.id);
    }
    const contacts: Array<{ id: string; name: string }> = await this.manager.query(
      'SELECT id, name FROM contact WHERE municipality_id = $1 AND name IS NOT NULL',
      scope,
    );
    for (const contact of contacts) this.contacts.set(contact.name, contact.id);
    const users: Array<{ id: string; email: string }> = await this.manager.query(
      'SELECT id, email FROM app_user WHERE municipality_id = $1',
      scope,
    );
    for (const user of users) this.users.set(user.email, user.id);
  }

  async completed(seed: SeedInterview): Promise<void> {
    const departmentId = this.unit(seed.unit);
    const startedAt = this.calendar.at(seed.daysAgo, seed.hour);
    const endedAt = new Date(startedAt.getTime() + DURATION_MINUTES * 60_000);
    const id = await this.insertInterview(departmentId, seed, startedAt, 'in_progress');
    const linked = await this.linkedDatasets(departmentId, seed.answers);
    const { answers, objections } = await this.answers(seed.answers, linked);
    for (const [key, value] of Object.entries(answers)) {
      await this.manager.query(
        `INSERT INTO interview_answer (interview_id, question_key, value, updated_at, updated_by_user_id)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, key, JSON.stringify(value), endedAt, this.user(seed.interviewers[0])],
      );
    }
    for (const [sectionKey, body] of Object.entries(seed.notes)) {
      await this.manager.query(
        `INSERT INTO interview_note (interview_id, section_key, body, updated_at, updated_by_user_id)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, sectionKey, body, endedAt, this.user(seed.interviewers[0])],
      );
    }
    // The pipeline's records of this department that the meeting talked about: found, not made again.
    for (const [rowId, dataset] of linked) {
      await this.link(id, 'dataset', rowId, dataset.id);
    }
    for (const [rowId, objectionId] of objections) await this.link(id, 'objection', rowId, objectionId);
    const [{ now }]: Array<{ now: Date }> = await this.manager.query('SELECT now() AS now');
    await this.alignFormats([...linked.values()], false);
    await this.services.completion.completeInTransaction(this.manager, id, this.user(seed.interviewers[0]));
    await this.alignFormats([...linked.values()], true);
    await this.dateBack(
      id,
      endedAt.getTime() - now.getTime(),
      new Set([...linked.values()].map((d) => d.id)),
    );
    await this.manager.query(
      `UPDATE interview SET started_at = $2, completed_at = $3, updated_at = $3 WHERE id = $1`,
      [id, startedAt, endedAt],
    );
    await this.holdPastFollowUp(id);
  }

  async planned(seed: SeedPlannedInterview): Promise<void> {
    const departmentId = this.unit(seed.unit);
    const scheduledAt = new Date(
      Date.parse(`${this.calendar.day(seed.inDays)}T00:00:00Z`) + seed.hour * 3600_000,
    );
    await this.insertInterview(departmentId, seed, scheduledAt, 'planned');
    await this.services.engagement.refresh(this.manager, { departmentIds: [departmentId] });
  }

  private async insertInterview(
    departmentId: string,
    seed: Pick<SeedPlannedInterview, 'location' | 'interviewers' | 'invitees'> & { videoUrl?: string | null },
    scheduledAt: Date,
    status: 'planned' | 'in_progress',
  ): Promise<string> {
    const lead = this.user(seed.interviewers[0]);
    // Planned two weeks ahead, as the team does; the invitation went out then.
    const plannedAt = new Date(Math.min(scheduledAt.getTime() - 14 * DAY_MS, Date.now()));
    const [row]: Array<{ id: string }> = await this.manager.query(
      `INSERT INTO interview (municipality_id, department_id, template_version_id, status, scheduled_at,
                              duration_minutes, location, video_url, started_at, invitation_sent_at,
                              created_by_user_id, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, 1) RETURNING id`,
      [
        this.municipalityId,
        departmentId,
        this.versionId,
        status,
        scheduledAt,
        DURATION_MINUTES,
        seed.location,
        seed.videoUrl ?? null,
        status === 'in_progress' ? scheduledAt : null,
        status === 'in_progress' ? plannedAt : null,
        lead,
        plannedAt,
      ],
    );
    for (const member of seed.interviewers) {
      await this.manager.query(`INSERT INTO interview_interviewer (interview_id, user_id) VALUES ($1, $2)`, [
        row.id,
        this.user(member),
      ]);
    }
    for (const name of seed.invitees) {
      await this.manager.query(`INSERT INTO interview_invitee (interview_id, contact_id) VALUES ($1, $2)`, [
        row.id,
        this.contact(name),
      ]);
    }
    return row.id;
  }

  /** The pipeline datasets the rows name, by row id, as they are now. */
  private async linkedDatasets(
    departmentId: string,
    answers: SeedAnswers,
  ): Promise<Map<string, LinkedDataset>> {
    const linked = new Map<string, LinkedDataset>();
    for (const row of answers.p2_datasets) {
      if (!('existing' in row)) continue;
      const [dataset]: LinkedDataset[] = await this.manager.query(
        `SELECT id, title, description, source_system, formats, accrual_periodicity, contains_personal_data,
                model_dataset_id, updated_at
           FROM dataset WHERE department_id = $1 AND title = $2`,
        [departmentId, row.existing],
      );
      if (!dataset) throw new Error(`Demo interview names an unknown dataset: ${row.existing}`);
      linked.set(row.id, dataset);
    }
    return linked;
  }

  /**
   * The seed's answers as the guided screen saves them, each checked against its question; and the pipeline's
   * objections that concerns repeat, by row id.
   */
  private async answers(
    seed: SeedAnswers,
    linked: Map<string, LinkedDataset>,
  ): Promise<{ answers: Record<string, AnswerValue>; objections: Map<string, string> }> {
    const objections = new Map<string, string>();
    const rows: DatasetCandidateRow[] = seed.p2_datasets.map((row) => {
      if (!('existing' in row)) return row;
      const dataset = linked.get(row.id) as LinkedDataset;
      // The row says what the record says, so that completing does not change the pipeline's dataset.
      return withoutEmpty({
        id: row.id,
        title: dataset.title,
        description: dataset.description,
        sourceSystem: dataset.source_system,
        format: dataset.formats[0] ?? null,
        accrualPeriodicity: dataset.accrual_periodicity,
        containsPersonalData: dataset.contains_personal_data,
        requestedBy: row.requestedBy ?? null,
        modelDatasetId: dataset.model_dataset_id,
      });
    });
    const concerns: ConcernRow[] = [];
    for (const concern of seed.p1_concerns) {
      if ('existingOn' in concern) {
        const [objection]: Array<{
          id: string;
          category: ConcernRow['category'];
          statement: string;
          raised_by: string | null;
        }> = await this.manager.query(
          `SELECT o.id, o.category, o.statement, o.raised_by_contact_id AS raised_by
               FROM objection o JOIN dataset d ON d.id = o.dataset_id
              WHERE d.municipality_id = $1 AND d.title = $2 ORDER BY o.created_at LIMIT 1`,
          [this.municipalityId, concern.existingOn],
        );
        if (!objection) throw new Error(`Demo interview names an unknown objection: ${concern.existingOn}`);
        objections.set(concern.id, objection.id);
        concerns.push(
          withoutEmpty({
            id: concern.id,
            category: objection.category,
            statement: objection.statement,
            raisedByContactId: objection.raised_by,
          }),
        );
      } else {
        concerns.push(
          withoutEmpty({
            id: concern.id,
            category: concern.category,
            statement: concern.statement,
            raisedByContactId: concern.raisedBy ? this.contact(concern.raisedBy) : null,
          }),
        );
      }
    }
    const answers: Record<string, AnswerValue> = {
      p1_tasks: seed.p1_tasks,
      p1_portal_known: seed.p1_portal_known,
      p1_od_knowledge: seed.p1_od_knowledge,
      p1_od_meaning: seed.p1_od_meaning,
      p1_published_before: seed.p1_published_before,
      p1_concerns: concerns,
      p1_decision_maker: this.contact(seed.p1_decision_maker),
      p2_published_elsewhere: seed.p2_published_elsewhere,
      p2_requested: seed.p2_requested,
      p2_request_channels: seed.p2_request_channels,
      p2_systems: seed.p2_systems,
      p2_export: seed.p2_export,
      p2_personal_data: seed.p2_personal_data,
      ...(seed.p2_anonymisation && { p2_anonymisation: seed.p2_anonymisation }),
      p2_geo: seed.p2_geo,
      p2_datasets: rows,
      p3_data_contact: this.contact(seed.p3_data_contact),
      p3_first_dataset: seed.p3_first_dataset,
      p3_first_delivery: this.calendar.day(seed.p3_first_delivery_in_days),
      p3_method: seed.p3_method,
      p3_format: seed.p3_format,
      p3_rhythm: seed.p3_rhythm,
      p3_release_needed: seed.p3_release_needed,
      p3_next_steps: seed.p3_next_steps,
      p3_follow_up: this.calendar.day(seed.p3_follow_up_in_days),
    };
    const questions = new Map(allQuestions(this.definition).map((question) => [question.key, question]));
    for (const [key, value] of Object.entries(answers)) {
      const question = questions.get(key);
      const problem = question
        ? answerProblem(question, value, answers)
        : 'is not a question of the questionnaire';
      if (problem) throw new Error(`Demo interview answer ${key} ${problem}`);
    }
    return { answers, objections };
  }

  private async link(interviewId: string, kind: string, sourceKey: string, entityId: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO interview_outcome (interview_id, kind, source_key, entity_id) VALUES ($1, $2, $3, $4)`,
      [interviewId, kind, sourceKey, entityId],
    );
  }

  /**
   * A row names one format; the pipeline's record may have gained more since (the sirens come as CSV and
   * GeoJSON). For the completion the record shows the row's one format, so that it finds nothing to change
   * (and writes no update into the append-only audit trail); afterwards the record has its formats back.
   */
  private async alignFormats(linked: LinkedDataset[], restore: boolean): Promise<void> {
    for (const dataset of linked) {
      const rowFormats = dataset.formats.slice(0, 1).map((format) => format.toUpperCase());
      if (JSON.stringify(rowFormats) === JSON.stringify(dataset.formats)) continue;
      await this.manager.query(`UPDATE dataset SET formats = $2, updated_at = $3 WHERE id = $1`, [
        dataset.id,
        restore ? dataset.formats : rowFormats,
        dataset.updated_at,
      ]);
    }
  }

  /**
   * Moves what the completion wrote just now back to the day of the meeting: the new records, their stage
   * history and the protocol mails. `shiftMs` takes "now" to the end of the meeting. The audit trail is
   * append-only and keeps the day the demo was loaded.
   */
  private async dateBack(interviewId: string, shiftMs: number, linkedIds: Set<string>): Promise<void> {
    const outcomes: Array<{ kind: string; entity_id: string }> = await this.manager.query(
      'SELECT kind, entity_id FROM interview_outcome WHERE interview_id = $1',
      [interviewId],
    );
    const made = (kind: string) =>
      outcomes.filter((o) => o.kind === kind && !linkedIds.has(o.entity_id)).map((o) => o.entity_id);
    const shift = `${shiftMs} milliseconds`;
    const shiftRows = async (table: string, columns: string[], idColumn: string, ids: string[]) => {
      if (ids.length === 0) return;
      const set = columns.map((column) => `${column} = ${column} + $2::interval`).join(', ');
      await this.manager.query(
        // Milliseconds: a creation's history entry takes the record's created_at as JavaScript read it back.
        `UPDATE ${table} SET ${set}
          WHERE ${idColumn} = ANY($1::uuid[]) AND ${columns[0]} >= date_trunc('milliseconds', now())`,
        [ids, shift],
      );
    };
    await shiftRows('dataset', ['created_at', 'updated_at', 'stage_changed_at'], 'id', made('dataset'));
    await shiftRows('dataset_transition', ['at', 'created_at', 'updated_at'], 'dataset_id', made('dataset'));
    await shiftRows('objection', ['created_at', 'updated_at'], 'id', made('objection'));
    await shiftRows('delivery_agreement', ['created_at', 'updated_at'], 'id', made('agreement'));
    await shiftRows('task', ['created_at', 'updated_at'], 'id', made('task'));
    await shiftRows('interaction', ['created_at', 'updated_at'], 'id', made('interaction'));
    await shiftRows('outbox_mail', ['created_at', 'updated_at', 'next_attempt_at'], 'entity_id', [
      interviewId,
    ]);
    // The protocol went out after the meeting, months ago: a server that starts with the demo and an SMTP
    // server must not send it now.
    await this.manager.query(
      `UPDATE outbox_mail SET status = 'sent', attempts = 1, sent_at = created_at, next_attempt_at = NULL
        WHERE entity_id = $1 AND template_key = 'interview_protocol' AND status = 'pending'`,
      [interviewId],
    );
  }

  /** A follow-up day already past was a real meeting: its task is done on that day. */
  private async holdPastFollowUp(interviewId: string): Promise<void> {
    await this.manager.query(
      `UPDATE task t SET status = 'done', completed_at = t.due_at + time '14:00', updated_at = t.due_at + time '14:00'
         FROM interview_outcome o
        WHERE o.interview_id = $1 AND o.kind = 'task' AND o.source_key = 'follow_up' AND t.id = o.entity_id
          AND t.due_at < $2::date`,
      [interviewId, this.calendar.today],
    );
  }

  private unit(ref: string): string {
    const id = this.units.get(ref);
    if (!id) throw new Error(`Demo interview names an unknown unit: ${ref}`);
    return id;
  }

  private contact(name: string): string {
    const id = this.contacts.get(name);
    if (!id) throw new Error(`Demo interview names an unknown contact: ${name}`);
    return id;
  }

  private user(member: 'team' | 'admin'): string {
    const id = this.users.get(`${member}@${DEMO_DOMAIN}`);
    if (!id) throw new Error(`No demo user ${member}`);
    return id;
  }
}

/** A row without its empty fields, as the guided screen sends it. */
function withoutEmpty<T extends object>(row: T): T {
  return Object.fromEntries(
    Object.entries(row).filter(([, value]) => value !== null && value !== undefined),
  ) as T;
}
