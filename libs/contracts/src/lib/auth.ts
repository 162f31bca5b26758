import { Locale, Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface AcceptInviteRequest {
  token: string;
  password: string;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  /** For department heads: the departments (with their sub-units) they may see. */
  departmentIds: string[];
}

export interface MeResponse {
  user: SessionUser;
}

export const PASSWORD_MIN_LENGTH = 10;
