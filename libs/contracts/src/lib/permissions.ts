import { Role } from './roles';

/**
 * Every API endpoint declares exactly one of these permissions (or is public).
 * The web app uses the same matrix to hide what a role may not do.
 */
export const PERMISSIONS = {
  /** Any signed-in user: own session, own profile. */
  sessionRead: 'session.read',
  usersRead: 'users.read',
  usersWrite: 'users.write',
  /** The names of the active team members, for pickers. */
  teamRead: 'team.read',
  auditRead: 'audit.read',
  departmentsRead: 'departments.read',
  departmentsWrite: 'departments.write',
  contactsRead: 'contacts.read',
  contactsWrite: 'contacts.write',
  /** GDPR export and erasure of a contact's personal data. */
  contactsPrivacy: 'contacts.privacy',
  interactionsRead: 'interactions.read',
  interactionsWrite: 'interactions.write',
  tasksRead: 'tasks.read',
  tasksWrite: 'tasks.write',
  searchRead: 'search.read',
  importsWrite: 'imports.write',
  datasetsRead: 'datasets.read',
  datasetsWrite: 'datasets.write',
  objectionsRead: 'objections.read',
  objectionsWrite: 'objections.write',
  /** Department heads take part in the discussion of their department's objections. */
  objectionsComment: 'objections.comment',
  argumentsRead: 'arguments.read',
  argumentsWrite: 'arguments.write',
  /** The Musterdatenkatalog gap list and suggestions. */
  modelDatasetsRead: 'model-datasets.read',
  deliveriesRead: 'deliveries.read',
  deliveriesWrite: 'deliveries.write',
  /** One's own calendar feed of due deliveries: make or revoke its secret link. */
  calendarFeed: 'calendar.feed',
  /** The outbox: every mail with its status; resend and cancel. */
  outboxRead: 'outbox.read',
  outboxWrite: 'outbox.write',
  /** Mail templates: read, edit and preview. */
  mailTemplatesWrite: 'mail-templates.write',
  approvalsRead: 'approvals.read',
  /** Ask a department head to release a dataset, or withdraw the request. */
  approvalsRequest: 'approvals.request',
  /** Release or reject: the head of the dataset's department (or an admin, audited as such). */
  approvalsDecide: 'approvals.decide',
  /** Questionnaire templates and their versions: read (for planning and preview) and edit. */
  questionnairesRead: 'questionnaires.read',
  questionnairesWrite: 'questionnaires.write',
  interviewsRead: 'interviews.read',
  /** Plan, run, complete and cancel interviews; send invitations. */
  interviewsWrite: 'interviews.write',
  /** Answers across all interviews: the whole city's picture, not one department's. */
  interviewAnalysisRead: 'interview-analysis.read',
} as const;
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

const ALL_ROLES: readonly Role[] = ['admin', 'team', 'department_head', 'management'];

export const PERMISSION_MATRIX: Readonly<Record<Permission, readonly Role[]>> = {
  'session.read': ALL_ROLES,
  'users.read': ['admin'],
  'users.write': ['admin'],
  'team.read': ALL_ROLES,
  'audit.read': ['admin', 'team'],
  // Department heads read only their own departments; the API scopes the query.
  'departments.read': ALL_ROLES,
  'departments.write': ['admin', 'team'],
  // Department heads read the contacts, timeline, tasks and search hits of their departments only.
  'contacts.read': ALL_ROLES,
  'contacts.write': ['admin', 'team'],
  'contacts.privacy': ['admin', 'team'],
  'interactions.read': ALL_ROLES,
  'interactions.write': ['admin', 'team'],
  'tasks.read': ALL_ROLES,
  'tasks.write': ['admin', 'team'],
  'search.read': ALL_ROLES,
  'imports.write': ['admin', 'team'],
  // Department heads read their departments' datasets, objections and deliveries; the API scopes the query.
  'datasets.read': ALL_ROLES,
  'datasets.write': ['admin', 'team'],
  'objections.read': ALL_ROLES,
  'objections.write': ['admin', 'team'],
  'objections.comment': ['admin', 'team', 'department_head'],
  // The argument library is the team's own preparation; management may read it, departments do not.
  'arguments.read': ['admin', 'team', 'management'],
  'arguments.write': ['admin', 'team'],
  // The gap list shows the whole city's pipeline, which department heads may not see.
  'model-datasets.read': ['admin', 'team', 'management'],
  'deliveries.read': ALL_ROLES,
  'deliveries.write': ['admin', 'team'],
  'calendar.feed': ALL_ROLES,
  'outbox.read': ['admin', 'team'],
  'outbox.write': ['admin', 'team'],
  'mail-templates.write': ['admin'],
  // Department heads read the requests of their departments; the API scopes the query.
  'approvals.read': ALL_ROLES,
  'approvals.request': ['admin', 'team'],
  'approvals.decide': ['admin', 'department_head'],
  'questionnaires.read': ['admin', 'team', 'management'],
  'questionnaires.write': ['admin', 'team'],
  // Department heads read the interviews (and protocols) of their departments; the API scopes the query.
  'interviews.read': ALL_ROLES,
  'interviews.write': ['admin', 'team'],
  'interview-analysis.read': ['admin', 'team', 'management'],
};

export function can(role: Role | undefined | null, permission: Permission): boolean {
  return !!role && PERMISSION_MATRIX[permission].includes(role);
}
