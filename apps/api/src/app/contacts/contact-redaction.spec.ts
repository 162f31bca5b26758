import { redactDiff } from './contact-redaction';

describe('redacting a contact in the audit log', () => {
  it('replaces personal values and keeps that they changed, and from or to nothing', () => {
    expect(
      redactDiff({
        email: { before: 'anna@stadt.de', after: 'a.beispiel@stadt.de' },
        phone: { before: null, after: '0211 123' },
        name: { before: 'Anna Beispiel', after: null },
      }),
    ).toEqual({
      email: { before: '[erased]', after: '[erased]' },
      phone: { before: null, after: '[erased]' },
      name: { before: '[erased]', after: null },
    });
  });

  it('leaves the facts that are not personal as they were', () => {
    const diff = {
      relationship: { before: 'cold', after: 'introduced' },
      departmentId: { before: null, after: '6f1c1d7e-0000-4000-8000-000000000000' },
      title: { before: 'Sachbearbeiterin', after: 'Amtsleiterin' },
    };
    expect(redactDiff(diff)).toEqual({
      relationship: diff.relationship,
      departmentId: diff.departmentId,
      title: { before: '[erased]', after: '[erased]' },
    });
  });
});
