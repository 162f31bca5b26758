import { Task } from '../tasks/task.entity';
import { TasksService } from '../tasks/tasks.service';
import { Interaction } from '../interactions/interaction.entity';
import { InteractionsService } from '../interactions/interactions.service';
import { CompletionContext } from './interview-completion-records';
import { CompletionPlan } from './interview-completion-plan';

/** How long the team has for the next steps when no date was agreed. */
const NEXT_STEPS_DAYS = 14;

interface TaskPlan {
  sourceKey: 'follow_up' | 'next_steps' | 'release';
  title: string;
  dueAt: string | null;
  notes: string | null;
}

/** The follow-ups part 3 asks for; only those with an answer. */
export function plannedTasks(
  plan: CompletionPlan,
  departmentName: string,
  firstDatasetTitle: string | null,
  today: string,
): TaskPlan[] {
  const tasks: TaskPlan[] = [];
  if (plan.followUp) {
    tasks.push({
      sourceKey: 'follow_up',
      title: `Nachgespräch: ${departmentName}`,
      dueAt: plan.followUp,
      notes: null,
    });
  }
  if (plan.nextSteps) {
    tasks.push({
      sourceKey: 'next_steps',
      title: `Nächste Schritte umsetzen: ${departmentName}`,
      dueAt: plan.firstDelivery ?? plan.followUp ?? addDays(today, NEXT_STEPS_DAYS),
      notes: plan.nextSteps,
    });
  }
  if (plan.releaseNeeded) {
    tasks.push({
      sourceKey: 'release',
      title: `Freigabe der Amtsleitung einholen: ${firstDatasetTitle ?? departmentName}`,
      dueAt: plan.firstDelivery,
      notes: null,
    });
  }
  return tasks;
}

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The tasks of part 3, linked to the interview (so they belong to its department). A task made before is
 * brought up to date while it is open; a done one stays done; a deleted one is made again.
 */
export async function recordTasks(
  context: CompletionContext,
  planned: TaskPlan[],
  assigneeUserId: string | null,
  tasks: TasksService,
): Promise<void> {
  const { manager, book } = context;
  for (const task of planned) {
    const linkedId = book.get('task', task.sourceKey);
    const linked = linkedId ? await manager.findOne(Task, { where: { id: linkedId } }) : null;
    if (linked) {
      const changed =
        linked.title !== task.title || linked.dueAt !== task.dueAt || linked.notes !== task.notes;
      if (linked.status === 'open' && changed) {
        await tasks.updateInTransaction(manager, linked.id, {
          version: linked.version,
          title: task.title,
          dueAt: task.dueAt,
          notes: task.notes,
        });
      }
      continue;
    }
    const created = await tasks.createInTransaction(manager, {
      title: task.title,
      notes: task.notes,
      dueAt: task.dueAt,
      assigneeUserId,
      linkEntity: 'interview',
      linkId: context.interviewId,
    });
    await book.set('task', task.sourceKey, created.id);
  }
}

export interface MeetingPlan {
  occurredAt: Date;
  summary: string;
  contactIds: string[];
  userIds: string[];
}

/** The meeting on the department's timeline; completing again rewrites the same entry. */
export async function recordInteraction(
  context: CompletionContext,
  meeting: MeetingPlan,
  interactions: InteractionsService,
): Promise<void> {
  const { manager, book } = context;
  const request = {
    type: 'meeting' as const,
    occurredAt: meeting.occurredAt.toISOString(),
    summary: meeting.summary,
    departmentIds: [context.departmentId],
    contactIds: meeting.contactIds,
    userIds: meeting.userIds,
  };
  const linkedId = book.get('interaction', 'meeting');
  const linked = linkedId ? await manager.findOne(Interaction, { where: { id: linkedId } }) : null;
  if (linked) {
    await interactions.updateInTransaction(manager, linked.id, { ...request, version: linked.version });
    return;
  }
  const created = await interactions.createInTransaction(manager, request);
  await book.set('interaction', 'meeting', created.id);
}
