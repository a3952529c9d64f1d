import type { Context } from 'hono';
import * as z from 'zod/mini';
import { formatPath } from '../../domain/catalog';
import { apiError } from './errors';

export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Reads a JSON body: `400 bad-json` when it does not parse, `400 bad-request` naming the field when a schema refuses it. */
export async function readJson<T = unknown>(c: Context, schema?: z.ZodMiniType<T>): Promise<BodyResult<T>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, response: apiError(c, 400, 'bad-json', 'The request body is not valid JSON.') };
  }
  if (!schema) return { ok: true, value: json as T };
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue ? formatPath(issue.path) || '(body)' : '(body)';
  return {
    ok: false,
    response: apiError(c, 400, 'bad-request', `${path}: ${issue?.message ?? 'invalid'}`, { path }),
  };
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
