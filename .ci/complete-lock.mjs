// The npm registry this project installs from lacks the non-Linux platform builds of some native packages
// (e.g. @rollup/rollup-darwin-arm64). `npm install` then leaves them out of package-lock.json, and `npm ci`
// refuses the lock as "out of sync". This adds a lock entry for each missing optional platform package,
// with the os/cpu/libc that make npm skip it on any other platform: nothing is downloaded for them.
// Run after `npm install` changes the lock: `node .ci/complete-lock.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

/** os / cpu / libc of a platform package, read from its name (rollup's naming scheme). */
function platformOf(name) {
  const suffix = name
    .split('/')
    .pop()
    .replace(/^rollup-/, '');
  const [os, cpu, abi] = suffix.split('-');
  const entry = { os: [os], cpu: [cpu === 'arm' ? 'arm' : cpu] };
  if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    if (!dep.startsWith('@rollup/rollup-')) continue;
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[base] || packages[hoisted]) continue;
    packages[hoisted] = { version, ...platformOf(dep), dev: meta.dev, license: 'MIT', optional: true };
    added += 1;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
lock.packages = sorted;
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lock: added ${added} platform entries`);
