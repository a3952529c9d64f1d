import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const appSources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // The server's own code is not part of the app bundle.
  if (path.endsWith(join('src', 'server'))) return 0;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** True when `dist/` is missing or older than any app source file. */
export function distIsStale(root: string, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return appSources.some(
    (source) => existsSync(join(root, source)) && newestMtime(join(root, source)) > built,
  );
}

/** Runs `vite build` when the app is missing or older than its sources; a failed build stops the start. */
export function buildIfStale(distDir: string, log: (message: string) => void): void {
  const root = resolve('.');
  if (!distIsStale(root, distDir)) return;
  log('building the app (dist/ is missing or older than the sources)…');
  const result = spawnSync('npx', ['vite', 'build', '--outDir', distDir], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed: see the output above');
}
