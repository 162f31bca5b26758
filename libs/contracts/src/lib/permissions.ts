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
};

export function can(role: Role | undefined | null, permission: Permission): boolean {
  return !!role && PERMISSION_MATRIX[permission].includes(role);
}
