import { TaskDto } from '@datenlotse/contracts';

/** A task as the API returns it (for tests): open, about the Feuerwehr, with the rest filled in. */
export function taskFixture(id: string, title: string, overrides: Partial<TaskDto> = {}): TaskDto {
  return {
    id,
    title,
    notes: null,
    dueAt: null,
    assigneeUserId: 'u-team',
    assigneeName: 'Tara Team',
    status: 'open',
    linkEntity: 'department',
    linkId: 'a37',
    linkLabel: 'Feuerwehr',
    departmentId: 'a37',
    overdue: false,
    completedAt: null,
    version: 1,
    ...overrides,
  };
}
