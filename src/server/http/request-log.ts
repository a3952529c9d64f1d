import type { MiddlewareHandler } from 'hono';

export type LogLine = Record<string, unknown> & { msg: string };
export type Logger = (line: LogLine) => void;

let pending: string[] = [];
let flushScheduled = false;
let exitHooked = false;

function flushLog() {
  flushScheduled = false;
  if (pending.length === 0) return;
  const text = pending.join('');
  pending = [];
  process.stdout.write(text);
}

/**
 * One JSON line per event on stdout: what log collectors read. Never logs bodies, cookies or passwords.
 * Lines written in one turn of the event loop go out in one write (stdout to a pipe is a synchronous
 * syscall per write on Linux, a tenth of a flash burst's CPU when made per request); the rest is flushed
 * on exit, so only a kill -9 can lose the last turn's lines.
 */
export const jsonLogger: Logger = (line) => {
  pending.push(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);
  if (flushScheduled) return;
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', flushLog);
  }
  flushScheduled = true;
  setImmediate(flushLog);
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
