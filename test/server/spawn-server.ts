import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** Every JSON log line so far. */
  logs: Record<string, unknown>[];
  /** SIGTERM and wait for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `src/server/main.ts` as its own process (plain HTTP on a free loopback port, no build) and resolves
 * once it logs that it listens. What a second store server process on the same database looks like.
 */
export async function spawnServer(
  env: Record<string, string>,
  timeoutMs = 30_000,
  { requestLines = true }: { requestLines?: boolean } = {},
): Promise<SpawnedServer> {
  const child = spawn(
    process.execPath,
    [
      // SPAWN_CPU_PROF_DIR=<dir>: each server writes a V8 CPU profile there when it exits (for profiling benches).
      ...(process.env.SPAWN_CPU_PROF_DIR
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SPAWN_CPU_PROF_DIR}`]
        : []),
      '--import',
      'tsx',
      'src/server/main.ts',
    ],
    {
      env: {
        ...process.env,
        SHELFSIGHT_HTTP: '1',
        HOST: '127.0.0.1',
        PORT: '0',
        SHELFSIGHT_NO_BUILD: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${stderr}`)),
      timeoutMs,
    );
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      // A load test's own request lines would cost the load generator more than the requests themselves.
      if (!requestLines && line.includes('"msg":"request"')) return;
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'listening') {
          clearTimeout(timer);
          resolve(String(entry.url));
        }
      } catch {
        // not a log line
      }
    });
  });
  return {
    url,
    child,
    logs,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
