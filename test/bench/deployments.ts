import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Catalog } from '../../src/domain/catalog';
import { openDatabase, type Database } from '../../src/server/db/connect';
import { addStaff, createStoreWithCatalog, readDemoCatalog } from '../../src/server/seed';
import { spawnServer, type SpawnedServer } from '../server/spawn-server';

// Databases and real server processes (`src/server/main.ts`, plain HTTP on loopback) for the server benches
// and the multi-process tests; each deployment is a fresh database that cleanup() removes.

export const STORE = 'hualing-xinjiang-produce';
export const OWNER_PASSWORD = 'bench-owner-password';
export const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Deployment {
  label: string;
  /** The built app the servers serve (only the API is measured). */
  dist: string;
  env: Record<string, string>;
  /** Opens the deployment's database from this process (for PGlite: only while no server runs on it). */
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

export interface DeploymentOptions {
  dist?: string;
  /** The store's first catalog (default: the demo catalog). */
  catalog?: Catalog;
}

/**
 * The store with an owner whose password we know, created before the server starts (the server then finds
 * the store and creates nothing): no one-time password to scrape from stderr and replace.
 */
async function seed(options: Parameters<typeof openDatabase>[0], catalog: Catalog) {
  const database = await openDatabase(options);
  try {
    await createStoreWithCatalog(database, catalog);
    await addStaff(database, { storeId: STORE, username: 'owner', role: 'owner', password: OWNER_PASSWORD });
  } finally {
    await database.close();
  }
}

export async function pgliteDeployment({
  dist = 'dist',
  catalog = readDemoCatalog(),
}: DeploymentOptions = {}): Promise<Deployment> {
  const dir = mkdtempSync(join(tmpdir(), 'shelfsight-bench-pglite-'));
  await seed({ dataDir: dir }, catalog);
  return {
    label: 'PGlite',
    dist,
    env: { SHELFSIGHT_DATA: dir },
    open: () => openDatabase({ dataDir: dir }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresDeployment({
  dist = 'dist',
  catalog = readDemoCatalog(),
}: DeploymentOptions = {}): Promise<Deployment> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const dropSchema = async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(`drop schema if exists ${schema} cascade`);
    } finally {
      await client.end();
    }
  };
  try {
    await seed({ url: POSTGRES_URL, schema }, catalog);
  } catch (error) {
    await dropSchema().catch(() => {});
    throw error;
  }
  // The data dir holds only the self-signed certificate folder, which plain HTTP never creates.
  const dir = mkdtempSync(join(tmpdir(), 'shelfsight-bench-pg-'));
  return {
    label: 'PostgreSQL',
    dist,
    env: { DATABASE_URL: POSTGRES_URL, DATABASE_SCHEMA: schema, SHELFSIGHT_DATA: dir },
    open: () => openDatabase({ url: POSTGRES_URL, schema }),
    cleanup: async () => {
      rmSync(dir, { recursive: true, force: true });
      await dropSchema();
    },
  };
}

export async function startServers(
  deployment: Deployment,
  count: number,
  env: Record<string, string> = {},
): Promise<SpawnedServer[]> {
  const started = await Promise.allSettled(
    Array.from({ length: count }, () =>
      spawnServer({ ...deployment.env, SHELFSIGHT_DIST: deployment.dist, ...env }, 60_000, {
        requestLines: false,
      }),
    ),
  );
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await stopServers(servers);
    throw failed.reason;
  }
  return servers;
}

/** SIGTERM (the server ends its streams and closes the database), SIGKILL after 10 s. */
export async function stopServers(servers: readonly SpawnedServer[]) {
  await Promise.all(
    servers.map(async (server) => {
      const killer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
      await server.stop();
      clearTimeout(killer);
    }),
  );
}
