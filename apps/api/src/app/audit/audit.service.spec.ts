import { diff } from './audit.service';

describe('audit diff', () => {
  it('keeps only the fields that changed, with before and after', () => {
    expect(
      diff({ name: 'Amt 37', role: 'team', tags: ['a'] }, { name: 'Feuerwehr', role: 'team', tags: ['a'] }),
    ).toEqual({
      name: { before: 'Amt 37', after: 'Feuerwehr' },
    });
  });

  it('records a creation as every field going from null to its value', () => {
    expect(diff(null, { name: 'Neu', active: true })).toEqual({
      name: { before: null, after: 'Neu' },
      active: { before: null, after: true },
    });
  });

  it('never writes secrets into the log, only that they changed', () => {
    expect(diff({ passwordHash: 'scrypt$old' }, { passwordHash: 'scrypt$new' })).toEqual({
      passwordHash: { before: '[secret]', after: '[secret]' },
    });
  });

  it('does not count going from nothing to an empty list as a change', () => {
    expect(diff(null, { departmentIds: [], notes: null })).toEqual({});
  });

  it('ignores bookkeeping columns', () => {
    expect(diff({ version: 1, updatedAt: 'x' }, { version: 2, updatedAt: 'y' })).toEqual({});
  });
});
