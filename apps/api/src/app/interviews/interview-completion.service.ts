import { CompleteInterviewRequest, InterviewDto, Locale, SessionUser } from '@datenlotse/contracts';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { staleWrite } from '../../common/stale-write';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { OutboxService } from '../../mail/outbox.service';
import { berlinToday, localeOf, localesByEmail, mailDay } from '../../mail/reminders/reminder-support';
import { AuditService } from '../audit/audit.service';
import { DatasetTransitionsService } from '../datasets/dataset-transitions.service';
import { DatasetsService } from '../datasets/datasets.service';
import { DeliveryAgreementsService } from '../deliveries/agreements.service';
import { EngagementService } from '../engagement/engagement.service';
import { InteractionsService } from '../interactions/interactions.service';
import { ObjectionsService } from '../objections/objections.service';
import { TasksService } from '../tasks/tasks.service';
import { plannedTasks, recordInteraction, recordTasks } from './interview-completion-follow-ups';
import { planCompletion } from './interview-completion-plan';
import {
  CompletionContext,
  OutcomeBook,
  recordAgreement,
  recordDatasets,
  recordObjections,
} from './interview-completion-records';
import { CompletionFacts, interactionSummary, protocolSummary } from './interview-completion-summary';
import { definitionAndAnswers, lockInterview } from './interview-reader';
import { Interview } from './interview.entity';
import { InterviewsService } from './interviews.service';

/** The people of an interview, as completion needs them. */
interface Participants {
  departmentName: string;
  /** Active interviewers, by name. */
  interviewers: { id: string; name: string; email: string; locale: Locale; team: boolean }[];
  /** Invited contacts who are not erased. */
  invitees: { id: string; name: string | null; email: string | null }[];
}

/**
 * Completing an interview: one transaction turns the answers into records (datasets, objections, the
 * delivery agreement, tasks, the meeting on the timeline) and queues the protocol mail. Completing again
 * after edits updates those records instead of duplicating them (see OutcomeBook).
 */
@Injectable()
export class InterviewCompletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly datasets: DatasetsService,
    private readonly transitions: DatasetTransitionsService,
    private readonly objections: ObjectionsService,
    private readonly agreements: DeliveryAgreementsService,
    private readonly tasks: TasksService,
    private readonly interactions: InteractionsService,
    private readonly engagement: EngagementService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly interviews: InterviewsService,
  ) {}

  /** `POST /interviews/:id/complete`: checks the version the client saw, completes, answers the interview. */
  async complete(user: SessionUser, id: string, request: CompleteInterviewRequest): Promise<InterviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const interview = await lockInterview(manager, id);
      if (interview.version !== request.version) {
        throw staleWrite('interview', await this.interviews.get(user, id, manager));
      }
      await this.completeLocked(manager, interview, user.id);
      return this.interviews.get(user, id, manager);
    });
  }

  /** The completion in the caller's transaction (the demo data complete their interviews through this). */
  async completeInTransaction(
    manager: EntityManager,
    interviewId: string,
    actorUserId: string | null,
  ): Promise<void> {
    const interview = await lockInterview(manager, interviewId);
    await this.completeLocked(manager, interview, actorUserId);
  }

  private async completeLocked(
    manager: EntityManager,
    interview: Interview,
    actorUserId: string | null,
  ): Promise<void> {
    if (interview.status === 'cancelled') {
      throw new ConflictException('A cancelled interview cannot be completed; plan a new one');
    }
    const { definition, answers } = await definitionAndAnswers(manager, interview.id);
    const plan = planCompletion(definition, answers);
    const people = await this.participants(manager, interview);
    const team = people.interviewers.filter((person) => person.team);
    const actorOnTeam = actorUserId ? await this.isTeamMember(manager, actorUserId) : false;
    const lead = team[0]?.id ?? (actorOnTeam ? actorUserId : null);
    const context: CompletionContext = {
      manager,
      interviewId: interview.id,
      departmentId: interview.departmentId,
      actorUserId,
      ownerUserId: lead,
      book: await OutcomeBook.load(manager, interview.id),
      // Completing bumps the interview; answer saves and notes do not.
      lastCompletedAt: interview.completionCount > 0 ? interview.updatedAt : null,
    };

    const datasets = await recordDatasets(context, plan, this.datasets, this.audit);
    await recordObjections(context, plan, this.objections);
    const first = plan.firstDatasetRowId ? (datasets.get(plan.firstDatasetRowId) ?? null) : null;
    await recordAgreement(context, plan, first, this.transitions, this.agreements);
    const today = berlinToday(new Date());
    const tasks = plannedTasks(plan, people.departmentName, first?.title ?? null, today);
    await recordTasks(context, tasks, people.interviewers[0]?.id ?? actorUserId, this.tasks);
    const facts: CompletionFacts = {
      departmentName: people.departmentName,
      plan,
      definition,
      datasetTitles: plan.datasetRows.map((row) => datasets.get(row.id)?.title ?? row.title),
      firstDatasetTitle: first?.title ?? null,
      contactName: await this.contactName(manager, plan.dataContactId),
    };
    const conductedAt = interview.startedAt ?? interview.scheduledAt;
    await recordInteraction(
      context,
      {
        occurredAt: conductedAt,
        summary: interactionSummary(facts),
        contactIds: people.invitees.map((invitee) => invitee.id),
        userIds: people.interviewers.map((person) => person.id),
      },
      this.interactions,
    );

    const completionCount = interview.completionCount + 1;
    await manager.query(
      `UPDATE interview SET status = 'completed', completed_at = coalesce(completed_at, now()),
              completion_count = $2, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [interview.id, completionCount],
    );
    await this.audit.record(manager, {
      action: 'update',
      entity: 'interview',
      entityId: interview.id,
      actorUserId,
      before: { status: interview.status, completionCount: interview.completionCount },
      after: { status: 'completed', completionCount },
    });
    await this.engagement.refresh(manager, { departmentIds: [interview.departmentId] });
    await this.queueProtocol(manager, interview, people, facts, berlinToday(conductedAt), completionCount);
  }

  /** The protocol to every invited contact with an address and every interviewer, each in their language. */
  private async queueProtocol(
    manager: EntityManager,
    interview: Interview,
    people: Participants,
    facts: CompletionFacts,
    conductedOn: string,
    completionCount: number,
  ): Promise<void> {
    const municipalityId = requestContext.municipalityId();
    const contacts = people.invitees.filter((invitee) => invitee.email?.trim());
    const locales = await localesByEmail(
      manager,
      municipalityId,
      contacts.map((contact) => contact.email as string),
    );
    const recipients = [
      ...contacts.map((contact) => ({
        name: contact.name ?? '',
        email: contact.email as string,
        locale: localeOf(locales, contact.email as string),
      })),
      ...people.interviewers.map((person) => ({
        name: person.name,
        email: person.email,
        locale: person.locale,
      })),
    ];
    const seen = new Set<string>();
    for (const recipient of recipients) {
      const address = recipient.email.trim().toLowerCase();
      if (seen.has(address)) continue;
      seen.add(address);
      // One key per completion and recipient: completing again sends the updated protocol, once.
      await this.outbox.enqueue(manager, {
        municipalityId,
        templateKey: 'interview_protocol',
        locale: recipient.locale,
        to: [recipient.email],
        variables: {
          recipient: { name: recipient.name },
          department: { name: people.departmentName },
          conductedAt: mailDay(conductedOn, recipient.locale),
          protocolUrl: `${this.config.publicUrl}/interviews/${interview.id}/protocol`,
          summary: protocolSummary(facts, recipient.locale),
        },
        idempotencyKey: `interview_protocol:${interview.id}:${completionCount}:${address}`,
        entity: 'interview',
        entityId: interview.id,
      });
    }
  }

  private async participants(manager: EntityManager, interview: Interview): Promise<Participants> {
    const [department]: { name: string }[] = await manager.query(
      `SELECT name FROM department WHERE id = $1`,
      [interview.departmentId],
    );
    const interviewers: Participants['interviewers'] = await manager.query(
      `SELECT u.id, u.name, u.email, u.locale, (u.role IN ('team', 'admin')) AS team
         FROM interview_interviewer ii JOIN app_user u ON u.id = ii.user_id
        WHERE ii.interview_id = $1 AND u.active
        ORDER BY u.name, u.id`,
      [interview.id],
    );
    const invitees: Participants['invitees'] = await manager.query(
      `SELECT c.id, c.name, c.email
         FROM interview_invitee iv JOIN contact c ON c.id = iv.contact_id
        WHERE iv.interview_id = $1 AND c.erased_at IS NULL
        ORDER BY c.name NULLS LAST, c.id`,
      [interview.id],
    );
    return { departmentName: department?.name ?? '', interviewers, invitees };
  }

  private async isTeamMember(manager: EntityManager, userId: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM app_user WHERE id = $1 AND active AND role IN ('team', 'admin')`,
      [userId],
    );
    return rows.length > 0;
  }

  private async contactName(manager: EntityManager, contactId: string | null): Promise<string | null> {
    if (!contactId) return null;
    const [row]: { name: string | null }[] = await manager.query(
      `SELECT name FROM contact WHERE id = $1 AND erased_at IS NULL`,
      [contactId],
    );
    return row?.name ?? null;
  }
}
