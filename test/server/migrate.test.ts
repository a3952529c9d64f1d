import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/server/db/migrate';
import { postgresUrl } from './harness';

const tags = readMigrations().map((migration) => migration.tag);

describe('migrations', () => {
  const schemas: string[] = [];
  const client = new pg.Client({ connectionString: postgresUrl });
  const connected = client.connect();
  afterAll(async () => {
    await connected;
    for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });
  const freshSchema = () => {
    const schema = `m_${randomBytes(5).toString('hex')}`;
    schemas.push(schema);
    return schema;
  };

  it('are the committed drizzle-kit files, in journal order', () => {
    expect(tags[0]).toBe('0000_init');
    expect(
      readMigrations()[0]!.statements.some((statement) => statement.startsWith('CREATE TABLE "stores"')),
    ).toBe(true);
  });

  it('apply once on PGlite and are a no-op the second time', async () => {
    const db = await PGlite.create();
    expect(await migrate({ exec: (text, params) => db.query(text, params) })).toEqual(tags);
    expect(await migrate({ exec: (text, params) => db.query(text, params) })).toEqual([]);
    const tables = await db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        'catalog_versions',
        'drafts',
        'login_failures',
        'sessions',
        'shelfsight_migrations',
        'stores',
        'users',
      ]),
    );
    await db.close();
  });

  it('take turns when two processes start on one empty PostgreSQL schema at once', async () => {
    await connected;
    const schema = freshSchema();
    const a = new pg.Client({ connectionString: postgresUrl });
    const b = new pg.Client({ connectionString: postgresUrl });
    await Promise.all([a.connect(), b.connect()]);
    const results = await Promise.all([
      migrate({ exec: (text, params) => a.query(text, params) }, schema),
      migrate({ exec: (text, params) => b.query(text, params) }, schema),
    ]);
    await Promise.all([a.end(), b.end()]);
    expect(results.flat()).toEqual(tags);
    const applied = await client.query(`select tag from ${schema}.shelfsight_migrations`);
    expect(applied.rows.map((row) => row.tag)).toEqual(tags);
    // The foreign keys point into this schema, not public.
    const fk = await client.query(
      `select ccu.table_schema from information_schema.constraint_column_usage ccu
       join information_schema.table_constraints tc using (constraint_name, constraint_schema)
       where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = $1`,
      [schema],
    );
    expect(fk.rows.length).toBeGreaterThan(0);
    expect(new Set(fk.rows.map((row) => row.table_schema))).toEqual(new Set([schema]));
  });
});
