import { ROLES, Role, UserDto } from '@datenlotse/contracts';

export interface UserStats {
  total: number;
  active: number;
  inactive: number;
  pendingInvitations: number;
  /** Users per role, every role listed (zero included), in the order of ROLES. */
  byRole: { role: Role; count: number }[];
}

export function userStats(users: readonly UserDto[]): UserStats {
  const active = users.filter((user) => user.active);
  return {
    total: users.length,
    active: active.length,
    inactive: users.length - active.length,
    pendingInvitations: active.filter((user) => user.invitationPending).length,
    byRole: ROLES.map((role) => ({
      role,
      count: users.filter((user) => user.role === role).length,
    })),
  };
}
