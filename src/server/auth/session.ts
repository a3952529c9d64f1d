import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDb } from '../db/connect';
import { deleteSession, findSession, insertSession } from '../db/auth-repo';
import type { Role } from '../db/schema';
import { apiError } from '../http/errors';
import type { AppEnv } from '../http/env';

export const sessionCookie = 'shelfsight_session';
/** A staff session lasts one working day; a new login is needed after it. */
export const sessionTtlMs = 12 * 60 * 60 * 1000;

export interface StaffSession {
  storeId: string;
  username: string;
  role: Role;
  mustChangePassword: boolean;
  tokenHash: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Creates a session row and sets the cookie: HttpOnly, Secure, SameSite=Strict, one working day. */
export async function startSession(c: Context<AppEnv>, db: AppDb, storeId: string, username: string) {
  const token = randomBytes(32).toString('base64url');
  const now = c.get('now')();
  await insertSession(db, {
    tokenHash: hashToken(token),
    storeId,
    username,
    expiresAt: new Date(now.getTime() + sessionTtlMs),
  });
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    // Browsers accept Secure cookies from http://localhost too, so the flag holds in tests on loopback.
    secure: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: sessionTtlMs / 1000,
  });
}

export async function endSession(c: Context<AppEnv>, db: AppDb) {
  const token = getCookie(c, sessionCookie);
  if (token) await deleteSession(db, hashToken(token));
  deleteCookie(c, sessionCookie, { path: '/', secure: true, httpOnly: true, sameSite: 'Strict' });
}

/** Reads the session cookie (if any) into `c.var.session`; never refuses by itself. */
export const readSession =
  (db: AppDb): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const token = getCookie(c, sessionCookie);
    if (token && token.length <= 100) {
      const tokenHash = hashToken(token);
      const row = await findSession(db, tokenHash, c.get('now')());
      if (row) c.set('session', { ...row, tokenHash });
    }
    await next();
  };

interface RequireOptions {
  /** Allowed while the user must still replace a one-time password (only the password change itself). */
  allowPasswordChange?: boolean;
}

/**
 * Refuses the request unless a staff member of this store (`:storeId`) with one of `roles` is signed in:
 * 401 with no session, 403 for another store's session, the wrong role, or a password still to be changed.
 */
export const requireRole =
  (roles: readonly Role[], { allowPasswordChange = false }: RequireOptions = {}): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const session = c.get('session');
    if (!session) return apiError(c, 401, 'no-session', 'Sign in first.');
    if (session.storeId !== c.req.param('storeId'))
      return apiError(c, 403, 'wrong-store', 'This login belongs to another store.');
    if (!roles.includes(session.role))
      return apiError(c, 403, 'forbidden', `Needs role ${roles.join(' or ')}.`);
    if (session.mustChangePassword && !allowPasswordChange)
      return apiError(c, 403, 'must-change-password', 'Set a new password first.');
    await next();
  };
