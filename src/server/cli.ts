import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeCatalogErrors, parseCatalog } from '../domain/catalog';
import { generatePassword, hashPassword } from './auth/password';
import { ConfigError, readConfig } from './config';
import { deleteUser, findUser, insertUser, listUsers, resetToOneTimePassword } from './db/auth-repo';
import { findStore, listStores } from './db/catalog-repo';
import { openDatabase, type Database } from './db/connect';
import { copyStoreData } from './db/copy-store-data';
import { roles, type Role } from './db/schema';
import { createStoreWithCatalog } from './seed';

const usage = `npm run store -- <command> [options]

  list-stores
  add-store <catalog.json>                  a new store from a valid catalog (its store.id names it)
  list-users [--store <id>]
  add-user <username> --role owner|cashier|kiosk [--store <id>]
                                            prints a one-time password (works once, then must be replaced)
  reset-password <username> [--store <id>]  a new one-time password; signs the user out everywhere
  remove-user <username> [--store <id>]
  copy-to <postgres://…>                   copy every store, its versions and staff from this database into a
                                            PostgreSQL (the move off the embedded default; staff sign in again)

--store defaults to SHELFSIGHT_STORE (hualing-xinjiang-produce). The database is the server's own
(DATABASE_URL, else the embedded one in SHELFSIGHT_DATA or ./data): stop an embedded server first, PGlite
allows one process at a time.`;

class UsageError extends Error {}

const usernamePattern = /^[a-z0-9][a-z0-9._-]{0,31}$/u;

async function requireStore(database: Database, storeId: string) {
  if (!(await findStore(database.db, storeId)))
    throw new UsageError(`no store "${storeId}" (list-stores shows them)`);
}

function requireUsername(name: string | undefined): string {
  if (!name || !usernamePattern.test(name))
    throw new UsageError('a username is lowercase letters, digits, . _ - (1–32)');
  return name;
}

/** Runs one command; everything it prints is for the person at the terminal. */
async function run(
  database: Database,
  command: string | undefined,
  args: string[],
  storeId: string,
  role: string | undefined,
) {
  const print = (line: string) => console.log(line);
  switch (command) {
    case 'list-stores':
      for (const store of await listStores(database.db))
        print(`${store.id}\tversion ${store.liveVersion}\t${store.name['zh-CN']} / ${store.name.en}`);
      return;
    case 'add-store': {
      if (!args[0]) throw new UsageError('add-store needs a catalog file');
      const parsed = parseCatalog(JSON.parse(readFileSync(args[0], 'utf8')));
      if (!parsed.ok)
        throw new UsageError(
          `the catalog is invalid:\n  ${describeCatalogErrors(parsed.errors.slice(0, 20)).join('\n  ')}`,
        );
      if (!(await createStoreWithCatalog(database, parsed.catalog, 'cli')))
        throw new UsageError(`store "${parsed.catalog.store.id}" exists already`);
      print(
        `created store ${parsed.catalog.store.id} (version 1). Add its owner: npm run store -- add-user owner --role owner --store ${parsed.catalog.store.id}`,
      );
      return;
    }
    case 'list-users':
      await requireStore(database, storeId);
      for (const user of await listUsers(database.db, storeId))
        print(`${user.username}\t${user.role}\tsince ${user.createdAt.toISOString()}`);
      return;
    case 'add-user': {
      await requireStore(database, storeId);
      const username = requireUsername(args[0]);
      if (!role || !roles.includes(role as Role))
        throw new UsageError(`--role is one of ${roles.join(', ')}`);
      const password = generatePassword();
      const created = await insertUser(database.db, {
        storeId,
        username,
        role: role as Role,
        passwordHash: await hashPassword(password),
        oneTimePassword: true,
      });
      if (!created) throw new UsageError(`${username} exists already in ${storeId}`);
      print(`${username} (${role}) added to ${storeId}. One-time password: ${password}`);
      return;
    }
    case 'reset-password': {
      await requireStore(database, storeId);
      const username = requireUsername(args[0]);
      if (!(await findUser(database.db, storeId, username)))
        throw new UsageError(`no user ${username} in ${storeId}`);
      const password = generatePassword();
      await resetToOneTimePassword(database.db, storeId, username, await hashPassword(password));
      print(`${username}: one-time password ${password} (signed out everywhere)`);
      return;
    }
    case 'remove-user': {
      await requireStore(database, storeId);
      const result = await deleteUser(database.db, storeId, requireUsername(args[0]));
      if (result === 'missing') throw new UsageError(`no user ${args[0]} in ${storeId}`);
      if (result === 'last-owner') throw new UsageError('a store keeps at least one owner');
      print(`removed ${args[0]} from ${storeId}`);
      return;
    }
    case 'copy-to': {
      const url = args[0];
      if (!url || !/^postgres(ql)?:\/\//u.test(url)) throw new UsageError('copy-to needs a postgres:// URL');
      const target = await openDatabase({ url });
      try {
        const result = await copyStoreData(database.db, target.db);
        if ('clash' in result)
          throw new UsageError(`the target already has ${result.clash.join(', ')}: nothing copied`);
        print(
          `copied ${result.stores.length} store(s): ${result.stores.join(', ')}. Start the server with DATABASE_URL=${url.replace(/\/\/[^@/]*@/u, '//…@')}`,
        );
      } finally {
        await target.close();
      }
      return;
    }
    default:
      throw new UsageError(
        command && command !== 'help' ? `unknown command "${command}"\n\n${usage}` : usage,
      );
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { store: { type: 'string' }, role: { type: 'string' } },
  });
  const config = readConfig();
  const [command, ...args] = positionals;
  if (!command || command === 'help') {
    console.log(usage);
    return;
  }
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    schema: config.databaseSchema,
  });
  try {
    await run(database, command, args, values.store ?? config.defaultStoreId, values.role);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
