import { hashPassword, newToken, tokenHash, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Rheinufer-2026');
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$/);
    await expect(verifyPassword('Rheinufer-2026', hash)).resolves.toBe(true);
    await expect(verifyPassword('rheinufer-2026', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses users without a password', async () => {
    await expect(verifyPassword('anything', null)).resolves.toBe(false);
  });

  it('stores only a digest of tokens', () => {
    const { token, hash } = newToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(hash).toBe(tokenHash(token));
    expect(hash).not.toContain(token);
  });
});
