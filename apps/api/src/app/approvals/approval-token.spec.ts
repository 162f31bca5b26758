import { approvalTokenHash, newApprovalToken } from './approval-token';

describe('approval link tokens', () => {
  it('makes unguessable tokens and stores only their hash', () => {
    const a = newApprovalToken();
    const b = newApprovalToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
    expect(approvalTokenHash(a.token)).toBe(a.hash);
  });

  it('does not look up strings that cannot be a token', () => {
    expect(approvalTokenHash('')).toBeNull();
    expect(approvalTokenHash('abc')).toBeNull();
    expect(approvalTokenHash(`${newApprovalToken().token}x`)).toBeNull();
    expect(approvalTokenHash('../'.repeat(15))).toBeNull();
  });
});
