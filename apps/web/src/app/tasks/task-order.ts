import { TaskDto } from '@datenlotse/contracts';
import { toIsoDate } from './localized-date-adapter';

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/**
 * Open tasks as they are worked off: overdue first, then by due date (the earliest first), tasks without a
 * date last; ties by title.
 */
export function sortOpenTasks(tasks: readonly TaskDto[]): TaskDto[] {
  return [...tasks].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      compareDueDates(a.dueAt, b.dueAt) ||
      collator.compare(a.title, b.title),
  );
}

/** Done tasks: the most recently completed first. */
export function sortDoneTasks(tasks: readonly TaskDto[]): TaskDto[] {
  return [...tasks].sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
}

function compareDueDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Whether an open task is due today (not yet overdue, but the day has come). */
export function isDueToday(task: TaskDto, today = new Date()): boolean {
  return task.status === 'open' && !task.overdue && task.dueAt === toIsoDate(today);
}

/**
 * Where a task's record lives in the app: an interview's own page, else the department page (of the linked
 * unit, contact or interaction).
 */
export function taskLinkPath(task: TaskDto): string | null {
  if (task.linkEntity === 'interview' && task.linkId) return `/interviews/${task.linkId}`;
  const departmentId = task.linkEntity === 'department' ? task.linkId : task.departmentId;
  return departmentId ? `/organisation/${departmentId}` : null;
}

/** The fragment that points at the linked contact or interaction on the department page. */
export function taskLinkFragment(task: TaskDto): string | undefined {
  const anchored = task.linkEntity === 'contact' || task.linkEntity === 'interaction';
  return anchored && task.linkId ? `${task.linkEntity}-${task.linkId}` : undefined;
}
