import { Hono } from 'hono';
import * as z from 'zod/mini';
import { hashPassword } from '../auth/password';
import { requireRole } from '../auth/session';
import { deleteUser, insertUser, listUsers } from '../db/auth-repo';
import { findDraft, saveDraft } from '../db/catalog-repo';
import { roles } from '../db/schema';
import { readJson } from '../http/body';
import { apiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import type { ServerDeps } from '../deps';
import { passwordRule } from './auth';

export const usernameRule = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9._-]{0,31}$/u, { error: 'lowercase letters, digits, . _ - (1–32)' }));
const newUser = z.object({ username: usernameRule, role: z.enum(roles), password: passwordRule });
const draftBody = z.object({
  baseVersion: z.number().check(z.int(), z.gte(0)),
  draft: z.record(z.string(), z.unknown()),
});

/** `/api/stores/:storeId/users` and `/draft`: what only the store's owner manages. */
export function ownerRoutes({ database }: ServerDeps) {
  const db = database.db;
  const owner = requireRole(['owner']);
  return new Hono<AppEnv>()
    .get('/users', owner, async (c) => c.json({ users: await listUsers(db, c.req.param('storeId')!) }))
    .post('/users', owner, async (c) => {
      const body = await readJson(c, newUser);
      if (!body.ok) return body.response;
      const { username, role, password } = body.value;
      const created = await insertUser(db, {
        storeId: c.req.param('storeId')!,
        username,
        role,
        passwordHash: await hashPassword(password),
      });
      return created
        ? c.json({ username, role }, 201)
        : apiError(c, 409, 'user-exists', `${username} already exists.`);
    })
    .delete('/users/:username', owner, async (c) => {
      const result = await deleteUser(db, c.req.param('storeId')!, c.req.param('username'));
      if (result === 'missing') return apiError(c, 404, 'unknown-user', 'No such user.');
      if (result === 'last-owner') return apiError(c, 409, 'last-owner', 'A store keeps at least one owner.');
      return c.body(null, 204);
    })
    .get('/draft', owner, async (c) => {
      const draft = await findDraft(db, c.req.param('storeId')!);
      return draft ? c.json(draft) : apiError(c, 404, 'no-draft', 'No draft saved on the server.');
    })
    .put('/draft', owner, async (c) => {
      const body = await readJson(c, draftBody);
      if (!body.ok) return body.response;
      await saveDraft(
        db,
        c.req.param('storeId')!,
        body.value.baseVersion,
        body.value.draft,
        c.get('session')!.username,
      );
      return c.body(null, 204);
    });
}
