import { Locale, Role } from './roles';

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  departmentIds: string[];
  active: boolean;
  /** True while an invitation is open and no password was ever set. */
  invitationPending: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  role: Role;
  locale?: Locale;
  departmentIds?: string[];
  /** Without a password the user is invited: the answer carries a one-time link. */
  password?: string;
}

export interface CreateUserResponse {
  user: UserDto;
  /** Path of the invitation link (relative to the app), when no password was given. */
  invitePath?: string;
}

export interface UpdateUserRequest {
  /** The version the client last saw; a stale version answers 409. */
  version: number;
  name?: string;
  role?: Role;
  locale?: Locale;
  departmentIds?: string[];
  active?: boolean;
}

/** An active member of the open data team (team or admin): who can own a department, take a task, attend. */
export interface TeamMemberDto {
  id: string;
  name: string;
  role: Role;
}
