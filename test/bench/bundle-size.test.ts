import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workerChunks, type Manifest } from './bundle-size';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeDist(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'shelfsight-dist-'));
  mkdirSync(join(dir, 'assets'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('bench: workers outside the manifest', () => {
  it('finds the worker a chunk starts and the wasm that worker fetches', () => {
    const dist = fakeDist({
      'assets/Scan-1.js': 'new Worker(new URL("/assets/decode.worker-AbC.js", import.meta.url))',
      'assets/decode.worker-AbC.js':
        'fetch(new URL("zxing_reader-9z.wasm", import.meta.url)); "missing-1.wasm"',
      'assets/zxing_reader-9z.wasm': '\0asm',
      'assets/Home-2.js': 'console.log("no workers here")',
    });
    const manifest: Manifest = {
      'src/Scan.tsx': { file: 'assets/Scan-1.js', isDynamicEntry: true },
      'src/Home.tsx': { file: 'assets/Home-2.js', isDynamicEntry: true },
    };
    expect(workerChunks(dist, manifest)).toEqual([
      {
        key: 'worker decode.worker-AbC.js',
        from: 'src/Scan.tsx',
        files: { js: ['assets/decode.worker-AbC.js'], css: [], assets: ['assets/zxing_reader-9z.wasm'] },
      },
    ]);
  });
});
