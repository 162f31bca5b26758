/** Route constants shared by api and web. The API lives under /api/v1. */
export const API_BASE = '/api/v1';

export const API_ROUTES = {
  health: '/api/health',
  docs: '/api/docs',
  info: `${API_BASE}/info`,
  login: `${API_BASE}/auth/login`,
  logout: `${API_BASE}/auth/logout`,
  me: `${API_BASE}/auth/me`,
  acceptInvite: `${API_BASE}/auth/invite`,
  users: `${API_BASE}/users`,
  audit: `${API_BASE}/audit`,
  departments: `${API_BASE}/departments`,
} as const;

/** The one error format of every API error. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** Field path → messages, for validation errors (400). */
  fields?: Record<string, string[]>;
}

export interface Page<T> {
  items: T[];
  total: number;
}

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
