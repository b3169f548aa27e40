import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';

export const SESSION_COOKIE = 'rk_session';

/** 256 random bits; the prefix makes leaked tokens easy to recognise in logs and scanners. */
export function newSessionToken(): string {
  return 'rk_' + randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The token of a request: `Authorization: Bearer` for scripts, else the browser's session cookie. */
export function sessionTokenOf(req: Pick<Request, 'headers' | 'cookies'>): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? match[1] : null;
  }
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}
