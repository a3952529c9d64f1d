import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as tables from './schema';
import { migrate, type SqlRunner } from './migrate';

export type AppDb = PgDatabase<PgQueryResultHKT, typeof tables>;

/** An open store database: drizzle over PGlite (embedded) or pg (any PostgreSQL), migrated. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: AppDb;
  /** The NOTIFY channel events travel on (per schema, so tests in one database never cross). */
  channel: string;
  /** Calls `onPayload` for every NOTIFY on `channel`, from any process on this database. */
  listen(onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** `postgres://…`: a real PostgreSQL through `pg`. Absent: embedded PGlite. */
  url?: string | undefined;
  /** PGlite's folder; absent with no url: in memory (tests). */
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (tests give each test its own). */
  schema?: string;
  /** Connections in the pg pool. */
  poolSize?: number;
  /** An open PGlite to use instead of opening one (tests share one per file: it takes ~2 s to start). */
  pglite?: PGlite;
}

const channelFor = (schema: string) =>
  schema === 'public' ? 'shelfsight_events' : `shelfsight_events_${schema}`;
const safeSchema = (schema: string) => {
  if (!/^[a-z_][a-z0-9_]{0,40}$/u.test(schema)) throw new Error(`bad schema name: ${schema}`);
  return schema;
};

async function openPostgres(url: string, schema: string, poolSize: number): Promise<Database> {
  const options = schema === 'public' ? undefined : `-c search_path=${schema}`;
  const bootstrap = new pg.Client({ connectionString: url });
  await bootstrap.connect();
  try {
    const runner: SqlRunner = { exec: (text, params) => bootstrap.query(text, params) };
    await migrate(runner, schema);
  } finally {
    await bootstrap.end();
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options });
  // An idle client's error (the server restarted) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const channel = channelFor(schema);
  const listeners = new Set<pg.Client>();
  return {
    kind: 'postgres',
    db: drizzlePg(pool, { schema: tables }) as unknown as AppDb,
    channel,
    async listen(onPayload) {
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => {});
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
      });
      await client.query(`listen ${channel}`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end().catch(() => {});
      };
    },
    async close() {
      await Promise.all([...listeners].map((client) => client.end().catch(() => {})));
      await pool.end();
    },
  };
}

async function openPglite(
  dataDir: string | undefined,
  schema: string,
  shared: PGlite | undefined,
): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = shared ?? (await PGlite.create(dataDir));
  await migrate({ exec: (text, params) => client.query(text, params) }, schema);
  if (schema !== 'public') await client.exec(`set search_path to ${schema}`);
  const channel = channelFor(schema);
  return {
    kind: 'pglite',
    db: drizzlePglite(client, { schema: tables }) as unknown as AppDb,
    channel,
    async listen(onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    close: async () => {
      if (!shared) await client.close();
    },
  };
}

/**
 * Opens the store database and applies pending migrations. One code path and one SQL dialect for both:
 * PGlite is the embedded default (`npm start` needs no database server), `DATABASE_URL` moves a store to
 * PostgreSQL with the same migrations.
 */
export async function openDatabase({
  url,
  dataDir,
  schema = 'public',
  poolSize = 10,
  pglite,
}: OpenOptions): Promise<Database> {
  safeSchema(schema);
  return url ? openPostgres(url, schema, poolSize) : openPglite(dataDir, schema, pglite);
}
