import { can, PERMISSION_MATRIX, PERMISSIONS } from './permissions';
import { ROLES } from './roles';

describe('permission matrix', () => {
  it('lets only admins manage users', () => {
    expect(ROLES.filter((role) => can(role, PERMISSIONS.usersWrite))).toEqual(['admin']);
  });

  it('keeps the audit log from department heads and management', () => {
    expect(can('team', PERMISSIONS.auditRead)).toBe(true);
    expect(can('department_head', PERMISSIONS.auditRead)).toBe(false);
    expect(can('management', PERMISSIONS.auditRead)).toBe(false);
  });

  it('refuses everything to a visitor without a role', () => {
    expect(Object.values(PERMISSIONS).some((p) => can(undefined, p))).toBe(false);
  });

  it('names only known roles', () => {
    for (const roles of Object.values(PERMISSION_MATRIX)) {
      for (const role of roles) expect(ROLES).toContain(role);
    }
  });
});
