import type { MiddlewareHandler } from 'hono';

export type LogLine = Record<string, unknown> & { msg: string };
export type Logger = (line: LogLine) => void;

/** One JSON line per event on stdout: what log collectors read. Never logs bodies, cookies or passwords. */
export const jsonLogger: Logger = (line) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);
};

export const silentLogger: Logger = () => {};

/** One log line per request: method, path (no query: it may carry order codes), status, milliseconds. */
export const requestLog =
  (log: Logger): MiddlewareHandler =>
  async (c, next) => {
    const started = performance.now();
    await next();
    log({
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
