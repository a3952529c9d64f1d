import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection on top of the SameSite=Strict cookie: a state-changing request must say where it comes
 * from, and that must be this server (or an origin the store configured, e.g. behind a TLS proxy). Browsers
 * send `Origin` on every cross- and same-origin POST/PUT/DELETE; a request without one is refused too, since
 * the server has no non-browser clients (the CLI talks to the database).
 */
export const sameOriginOnly =
  (extraOrigins: readonly string[] = []): MiddlewareHandler =>
  async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const own = new URL(c.req.url).origin;
    if (!origin || (origin !== own && !extraOrigins.includes(origin))) {
      return apiError(
        c,
        403,
        'cross-origin',
        `Refused: request from ${origin ?? 'an unknown origin'} is not from ${own}.`,
      );
    }
    return next();
  };
