import { readFileSync } from 'node:fs';

/** One SQL statement runner: PGlite's and pg's clients both fit. */
export interface SqlRunner {
  exec(statement: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

interface JournalEntry {
  idx: number;
  tag: string;
}

const migrationsDir = new URL('./migrations/', import.meta.url);

/** The committed migrations in order (drizzle-kit's journal), each split at its statement breakpoints. */
export function readMigrations(): { tag: string; statements: string[] }[] {
  const journal = JSON.parse(readFileSync(new URL('meta/_journal.json', migrationsDir), 'utf8')) as {
    entries: JournalEntry[];
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => ({
      tag,
      statements: readFileSync(new URL(`${tag}.sql`, migrationsDir), 'utf8')
        .split('--> statement-breakpoint')
        .map((statement) => statement.trim())
        .filter(Boolean),
    }));
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Applies the committed migrations that this database has not seen, forward only, each in its own
 * transaction. An advisory lock makes two server processes starting together on one PostgreSQL take turns
 * (drizzle's own migrator does not lock). drizzle-kit writes foreign keys as `"public"."stores"`; in another
 * schema (the tests give each test its own) that prefix is pointed at the target schema.
 */
export async function migrate(runner: SqlRunner, schema = 'public'): Promise<string[]> {
  const target = quoteIdent(schema);
  // Lock first: even `create schema if not exists` fails when two sessions run it at the same moment.
  await runner.exec('select pg_advisory_lock(727274)');
  const applied: string[] = [];
  try {
    await runner.exec(`create schema if not exists ${target}`);
    await runner.exec(
      `create table if not exists ${target}.shelfsight_migrations (tag text primary key, applied_at timestamptz not null default now())`,
    );
    const done = new Set(
      (await runner.exec(`select tag from ${target}.shelfsight_migrations`)).rows.map((row) =>
        String(row.tag),
      ),
    );
    for (const migration of readMigrations()) {
      if (done.has(migration.tag)) continue;
      await runner.exec('begin');
      try {
        await runner.exec(`set local search_path to ${target}`);
        for (const statement of migration.statements) {
          await runner.exec(
            schema === 'public' ? statement : statement.replaceAll('"public".', `${target}.`),
          );
        }
        await runner.exec(`insert into ${target}.shelfsight_migrations (tag) values ($1)`, [migration.tag]);
        await runner.exec('commit');
      } catch (error) {
        await runner.exec('rollback');
        throw error;
      }
      applied.push(migration.tag);
    }
  } finally {
    await runner.exec('select pg_advisory_unlock(727274)');
  }
  return applied;
}
