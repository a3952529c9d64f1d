import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every refusal has one shape: `{ error: { code, message, …details } }`, so the app can show the reason. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
) {
  return c.json({ error: { code, message, ...details } }, status);
}
