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
  /** Paged, filtered list; `/:id` the dataset; see datasetPath for what lies below one. */
  datasets: `${API_BASE}/datasets`,
  /** The kanban board: per stage a count and the first cards, with the list's filters. */
  datasetBoard: `${API_BASE}/datasets/board`,
  objections: `${API_BASE}/objections`,
  arguments: `${API_BASE}/arguments`,
  /** The gap list; `/suggest?title=` the model datasets a title resembles; `/:id/evidence` its publishers. */
  modelDatasets: `${API_BASE}/model-datasets`,
  modelDatasetSuggest: `${API_BASE}/model-datasets/suggest`,
  /** The "Lieferungen" screen: due and overdue deliveries. */
  dueDeliveries: `${API_BASE}/deliveries/due`,
  /** The signed-in user's calendar feed link (GET state, POST new link, DELETE revoke). */
  calendarFeed: `${API_BASE}/calendar/feed`,
  /** Public: the published datasets as a DCAT-AP.de catalogue in JSON-LD. */
  catalogDcat: `${API_BASE}/catalog/dcat`,
  /** Every mail; `/:id/preview`, `/:id/resend`, `/:id/cancel`. */
  outbox: `${API_BASE}/outbox`,
  /** `/:key/:locale` one template (GET, PUT); `/:key/:locale/preview` renders a draft. */
  mailTemplates: `${API_BASE}/mail-templates`,
  /** Approval requests (a head's "Freigaben"); `/:id/decision`, `/:id/withdraw`. */
  approvals: `${API_BASE}/approvals`,
  /** Templates; `/:id` one with its versions, `/:id/drafts` a new draft, `/import` a JSON export. */
  questionnaires: `${API_BASE}/questionnaires`,
  questionnaireImport: `${API_BASE}/questionnaires/import`,
  /** `/:id` one version (GET, PUT draft, DELETE unused), `/:id/publish`, `/:id/export`. */
  questionnaireVersions: `${API_BASE}/questionnaire-versions`,
  /** Interviews; see interviewPath for what lies below one. */
  interviews: `${API_BASE}/interviews`,
  interviewAnalysis: `${API_BASE}/interview-analysis`,
} as const;

/** Routes below a record: `${API_ROUTES.departments}/${id}/timeline` and so on. */
export const departmentTimelinePath = (id: string) => `${API_BASE}/departments/${id}/timeline`;

/** Routes below a dataset. */
export const datasetPath = (
  id: string,
  sub?: 'transitions' | 'history' | 'dcat' | 'agreement' | 'deliveries' | 'timeline',
) => (sub ? `${API_BASE}/datasets/${id}/${sub}` : `${API_BASE}/datasets/${id}`);

/** Routes below an interview: `answers/:key` and `notes/:sectionKey` take a key after them. */
export const interviewPath = (
  id: string,
  sub?: 'start' | 'cancel' | 'complete' | 'invitation' | 'protocol' | 'answers' | 'notes',
  key?: string,
) => {
  const base = `${API_BASE}/interviews/${id}`;
  if (!sub) return base;
  return key ? `${base}/${sub}/${encodeURIComponent(key)}` : `${base}/${sub}`;
};

/** Routes below a questionnaire version. */
export const questionnaireVersionPath = (id: string, sub?: 'publish' | 'export') =>
  sub ? `${API_BASE}/questionnaire-versions/${id}/${sub}` : `${API_BASE}/questionnaire-versions/${id}`;

/** Public: the ICS feed behind a calendar token (`webcal://` clients subscribe to it). */
export const calendarIcsPath = (token: string) => `${API_BASE}/calendar/${token}.ics`;

/** Public: what an approval link shows (GET) and where it decides (POST DecideApprovalRequest). */
export const approvalLinkPath = (token: string) => `${API_BASE}/approval-links/${token}`;

/** The web page an approval mail links to (outside the signed-in app). */
export const approvalLinkPage = (token: string) => `/freigabe/${token}`;

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
  /** A licence that asks for attribution needs the attribution text. */
  attributionRequired: 'attributionRequired',
  /** An RRULE the schedule cannot read. */
  invalidRrule: 'invalidRrule',
  /** Exactly one of dataset and department (objections). */
  exactlyOne: 'exactlyOne',
  /** A mail template that does not compile or uses a variable the mail does not provide. */
  invalidTemplate: 'invalidTemplate',
  /** An answer that does not fit its question's type (named by the question key). */
  invalidAnswer: 'invalidAnswer',
  /** A required question without an answer when completing an interview. */
  answerRequired: 'answerRequired',
  /** A questionnaire definition with problems (`definition.sections.0.questions.2.key`). */
  invalidDefinition: 'invalidDefinition',
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
