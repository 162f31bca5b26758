import { Page } from './departments';

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Records a task can be about. */
export const TASK_LINK_ENTITIES = ['department', 'contact', 'interaction', 'interview'] as const;
export type TaskLinkEntity = (typeof TASK_LINK_ENTITIES)[number];

export interface TaskDto {
  id: string;
  title: string;
  notes: string | null;
  /** ISO date (YYYY-MM-DD): tasks are due on a day. */
  dueAt: string | null;
  assigneeUserId: string | null;
  assigneeName: string | null;
  status: TaskStatus;
  linkEntity: TaskLinkEntity | null;
  linkId: string | null;
  /** A readable name of the linked record ("Feuerwehr", "Dr. Anna Beispiel"). */
  linkLabel: string | null;
  /** The department the task belongs to (the linked record's), for scoping and the department page. */
  departmentId: string | null;
  overdue: boolean;
  completedAt: string | null;
  version: number;
}

export interface CreateTaskRequest {
  title: string;
  notes?: string | null;
  dueAt?: string | null;
  assigneeUserId?: string | null;
  linkEntity?: TaskLinkEntity | null;
  linkId?: string | null;
}

export interface UpdateTaskRequest extends Partial<CreateTaskRequest> {
  version: number;
  status?: TaskStatus;
}

export interface TaskQuery {
  /** A user id or `me`. */
  assignee?: string;
  status?: TaskStatus;
  departmentId?: string;
  limit?: number;
  offset?: number;
}

/** `GET /tasks`: open tasks that are overdue first, then by due date (undated last), then oldest first. */
export type TaskPage = Page<TaskDto>;

/** The shell's badge: the signed-in user's open tasks. */
export interface TaskCount {
  open: number;
  overdue: number;
}
