import { readFileSync } from 'node:fs';
import { parseCatalog, type Catalog } from '../domain/catalog';
import { generatePassword, hashPassword } from './auth/password';
import type { Database } from './db/connect';
import { insertUser } from './db/auth-repo';
import { findStore, insertStore, insertVersion } from './db/catalog-repo';
import type { Role } from './db/schema';

/** The demo store shipped with the app (`public/catalog.json`). */
export function readDemoCatalog(): Catalog {
  const parsed = parseCatalog(
    JSON.parse(readFileSync(new URL('../../public/catalog.json', import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`public/catalog.json is invalid: ${parsed.errors[0]?.path}`);
  return parsed.catalog;
}

/** Creates a store from a valid catalog as its version 1; false if the store exists already. */
export async function createStoreWithCatalog(
  database: Database,
  catalog: Catalog,
  createdBy = 'setup',
): Promise<boolean> {
  const created = await insertStore(database.db, catalog.store.id, catalog.store.name);
  if (!created) return false;
  const result = await insertVersion(database.db, database.channel, {
    storeId: catalog.store.id,
    baseVersion: 0,
    catalogJson: JSON.stringify(catalog),
    createdBy,
    previous: null,
    next: catalog,
  });
  if (!result.ok) throw new Error(`could not publish the first catalog of ${catalog.store.id}`);
  return true;
}

/** Adds a staff account; a password is generated when none is given. Returns the password to hand over. */
export async function addStaff(
  database: Database,
  {
    storeId,
    username,
    role,
    password,
    oneTime = false,
  }: { storeId: string; username: string; role: Role; password?: string; oneTime?: boolean },
): Promise<{ created: boolean; password: string }> {
  const secret = password ?? generatePassword();
  const created = await insertUser(database.db, {
    storeId,
    username,
    role,
    passwordHash: await hashPassword(secret),
    oneTimePassword: oneTime,
  });
  return { created, password: secret };
}

/**
 * First start: when the default store does not exist, create it from the demo catalog with an owner whose
 * password works once. Returns that password (to print once), or null when the store was already there.
 */
export async function ensureDemoStore(
  database: Database,
  catalog = readDemoCatalog(),
): Promise<{ storeId: string; username: string; password: string } | null> {
  if (await findStore(database.db, catalog.store.id)) return null;
  // Two processes starting together on one PostgreSQL: only the one whose insert won makes the owner.
  if (!(await createStoreWithCatalog(database, catalog))) return null;
  const { password } = await addStaff(database, {
    storeId: catalog.store.id,
    username: 'owner',
    role: 'owner',
    oneTime: true,
  });
  return { storeId: catalog.store.id, username: 'owner', password };
}
