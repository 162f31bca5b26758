import { newToken, tokenHash } from '../auth/password';

/** A token as newApprovalToken() makes it: 32 random bytes in base64url. Anything else is not looked up at all. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new link token (256 bits from node:crypto) and the sha256 (hex) stored in its place: the token itself is
 * only ever in the mail, so a copy of the database cannot decide anything.
 */
export function newApprovalToken(): { token: string; hash: string } {
  return newToken();
}

/** The hash to look a link up by, or null for a string that cannot be a token (no query for it). */
export function approvalTokenHash(token: string): string | null {
  return TOKEN.test(token) ? tokenHash(token) : null;
}
