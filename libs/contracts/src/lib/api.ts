/** Route constants shared by api and web. The API lives under /api/v1. */
export const API_BASE = '/api/v1';

export const API_ROUTES = {
  info: `${API_BASE}/info`,
  login: `${API_BASE}/auth/login`,
  logout: `${API_BASE}/auth/logout`,
  me: `${API_BASE}/auth/me`,
  acceptInvite: `${API_BASE}/auth/invite`,
  users: `${API_BASE}/users`,
  /** Active team members for pickers (owner, assignee, participants); readable by every role. */
  teamMembers: `${API_BASE}/users/team`,
  audit: `${API_BASE}/audit`,
  departments: `${API_BASE}/departments`,
  /** Paged, filtered, sorted rows; `/export?format=csv|xlsx` streams the same view. */
  departmentTable: `${API_BASE}/departments/table`,
  departmentTableExport: `${API_BASE}/departments/table/export`,
  contacts: `${API_BASE}/contacts`,
  contactsExport: `${API_BASE}/contacts/export`,
  interactions: `${API_BASE}/interactions`,
  tasks: `${API_BASE}/tasks`,
  taskCount: `${API_BASE}/tasks/count`,
  search: `${API_BASE}/search`,
  imports: `${API_BASE}/imports`,
} as const;

/** Routes below a record: `${API_ROUTES.departments}/${id}/timeline` and so on. */
export const departmentTimelinePath = (id: string) => `${API_BASE}/departments/${id}/timeline`;

/** The one error format of every API error. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** Field path → messages in English, for validation errors (400). */
  fields?: Record<string, string[]>;
  /**
   * Field path → machine-readable reasons, in the order of `fields`: class-validator's constraint names
   * (isEmail, minLength, whitelistValidation, …) or Datenlotse's own (FIELD_ERROR_CODES). Clients show their
   * own wording for the codes they know, and the message for the rest.
   */
  codes?: Record<string, string[]>;
}

/** Reasons the services give for a field, beyond the generic validation constraints. */
export const FIELD_ERROR_CODES = {
  alreadyInUse: 'alreadyInUse',
  unknownReference: 'unknownReference',
  onlyForDepartmentHeads: 'onlyForDepartmentHeads',
  notForYourself: 'notForYourself',
  wouldCreateCycle: 'wouldCreateCycle',
  /** A manual engagement stage needs a reason. */
  reasonRequired: 'reasonRequired',
} as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[keyof typeof FIELD_ERROR_CODES];

export interface HealthResponse {
  status: 'ok' | 'error';
  database: { status: 'up' | 'down'; kind: 'embedded' | 'external' };
  version: string;
}

/** Public facts the login page needs before anyone signs in. */
export interface AppInfo {
  municipalityName: string;
  demoMode: boolean;
  /** Only filled in demo mode: the demo accounts shown on the login page. */
  demoAccounts: DemoAccount[];
}

export interface DemoAccount {
  email: string;
  password: string;
  role: string;
  name: string;
}
