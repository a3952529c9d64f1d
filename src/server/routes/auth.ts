import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import * as z from 'zod/mini';
import { checkLogin } from '../auth/login';
import { hashPassword } from '../auth/password';
import { endSession, requireRole, startSession } from '../auth/session';
import { setPassword } from '../db/auth-repo';
import { readJson } from '../http/body';
import { apiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import type { ServerDeps } from '../deps';

const loginBody = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export const passwordRule = z
  .string()
  .check(z.minLength(10, { error: 'at least 10 characters' }), z.maxLength(200));
const passwordBody = z.object({ newPassword: passwordRule });

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

/** `/api/stores/:storeId/auth…`: staff sign in, out, and replace a one-time password. */
export function authRoutes({ database }: ServerDeps) {
  const db = database.db;
  return new Hono<AppEnv>()
    .post('/login', async (c) => {
      const body = await readJson(c, loginBody);
      if (!body.ok) return body.response;
      const storeId = c.req.param('storeId')!;
      const outcome = await checkLogin(db, {
        storeId,
        ...body.value,
        address: clientAddress(c),
        now: c.get('now')(),
      });
      if (outcome.kind === 'rate-limited') {
        c.header('Retry-After', String(outcome.retryAfterS));
        return apiError(
          c,
          429,
          'rate-limited',
          `Too many failed sign-ins: try again in ${outcome.retryAfterS} s.`,
          {
            retryAfterS: outcome.retryAfterS,
          },
        );
      }
      if (outcome.kind === 'bad-credentials')
        return apiError(c, 401, 'bad-credentials', 'Wrong username or password.');
      await startSession(c, db, storeId, outcome.username);
      return c.json({
        user: { username: outcome.username, role: outcome.role, storeId },
        mustChangePassword: outcome.mustChangePassword,
      });
    })
    .post('/logout', async (c) => {
      await endSession(c, db);
      return c.body(null, 204);
    })
    .get('/me', (c) => {
      const session = c.get('session');
      if (!session || session.storeId !== c.req.param('storeId'))
        return apiError(c, 401, 'no-session', 'Not signed in to this store.');
      const { username, role, storeId, mustChangePassword } = session;
      return c.json({ user: { username, role, storeId }, mustChangePassword });
    })
    .post(
      '/password',
      requireRole(['owner', 'cashier', 'kiosk'], { allowPasswordChange: true }),
      async (c) => {
        const body = await readJson(c, passwordBody);
        if (!body.ok)
          return apiError(c, 400, 'weak-password', 'A new password needs at least 10 characters.');
        const session = c.get('session')!;
        await setPassword(
          db,
          session.storeId,
          session.username,
          await hashPassword(body.value.newPassword),
          session.tokenHash,
        );
        return c.body(null, 204);
      },
    );
}
