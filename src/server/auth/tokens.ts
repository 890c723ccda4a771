import { createHash, randomBytes } from 'node:crypto';

export const sessionCookieName = 'congtac_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored by the hash of their token, so a leaked table grants no access. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
