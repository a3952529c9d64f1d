import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { contentSecurityPolicy } from '../../app/csp';

/** The app's CSP as a real header: a meta tag cannot set `frame-ancestors` (no framing, no clickjacking). */
export const serverCsp = `${contentSecurityPolicy}; frame-ancestors 'none'`;

/**
 * Security headers on every response (hono's secureHeaders for the standard set), with our CSP, no framing,
 * no referrer leaks, and HSTS only when we are actually served over TLS (HSTS on plain HTTP is ignored, and
 * pinning a LAN address to HTTPS by mistake would lock phones out).
 */
export function securityHeaders({ tls }: { tls: boolean }): MiddlewareHandler[] {
  return [
    secureHeaders({
      xFrameOptions: 'DENY',
      referrerPolicy: 'strict-origin-when-cross-origin',
      strictTransportSecurity: tls ? 'max-age=31536000' : false,
      permissionsPolicy: { camera: ['self'], xrSpatialTracking: ['self'], geolocation: [], microphone: [] },
    }),
    async (c, next) => {
      await next();
      c.res.headers.set('Content-Security-Policy', serverCsp);
    },
  ];
}
