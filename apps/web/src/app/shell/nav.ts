import { PERMISSIONS, Permission, Role, can } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';

export interface NavItem {
  path: string;
  label: TranslationKey;
  icon: string;
  permission: Permission;
  /** Active only on the exact path (for "/"). */
  exact: boolean;
  /** A count shown beside the label. */
  badge?: 'openTasks';
}

/** The sections that exist. A role sees those its permissions allow (same matrix as the API). */
export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/',
    label: 'nav.start',
    icon: 'home',
    permission: PERMISSIONS.sessionRead,
    exact: true,
  },
  {
    path: '/organisation',
    label: 'nav.organisation',
    icon: 'account_tree',
    permission: PERMISSIONS.departmentsRead,
    exact: false,
  },
  {
    path: '/datasets',
    label: 'datasets.title',
    icon: 'dataset',
    permission: PERMISSIONS.datasetsRead,
    exact: false,
  },
  {
    path: '/interviews',
    label: 'interviews.nav',
    icon: 'record_voice_over',
    // Heads follow the interviews of their departments (read-only); the API scopes the list.
    permission: PERMISSIONS.interviewsRead,
    exact: false,
  },
  {
    path: '/tasks',
    label: 'tasks.nav',
    icon: 'task_alt',
    // "My tasks": only team members are assignees; heads and management see tasks on the department pages.
    permission: PERMISSIONS.tasksWrite,
    exact: false,
    badge: 'openTasks',
  },
  {
    path: '/deliveries',
    label: 'deliveries.nav',
    icon: 'local_shipping',
    permission: PERMISSIONS.deliveriesRead,
    exact: false,
  },
  {
    path: '/approvals',
    label: 'approvals.nav',
    icon: 'approval',
    // Heads decide here; the team follows and withdraws; management reads.
    permission: PERMISSIONS.approvalsRead,
    exact: false,
  },
  {
    path: '/arguments',
    label: 'nav.arguments',
    icon: 'forum',
    permission: PERMISSIONS.argumentsRead,
    exact: false,
  },
  {
    path: '/model-datasets',
    label: 'nav.modelDatasets',
    icon: 'category',
    permission: PERMISSIONS.modelDatasetsRead,
    exact: false,
  },
  {
    path: '/import',
    label: 'import.nav',
    icon: 'upload',
    permission: PERMISSIONS.importsWrite,
    exact: false,
  },
  {
    path: '/outbox',
    label: 'outbox.nav',
    icon: 'outbox',
    permission: PERMISSIONS.outboxRead,
    exact: false,
  },
  {
    path: '/admin/users',
    label: 'nav.users',
    icon: 'group',
    permission: PERMISSIONS.usersRead,
    exact: false,
  },
  {
    path: '/admin/mail-templates',
    label: 'mailTemplates.nav',
    icon: 'mail',
    permission: PERMISSIONS.mailTemplatesWrite,
    exact: false,
  },
];

export function navItemsFor(role: Role | null | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}
