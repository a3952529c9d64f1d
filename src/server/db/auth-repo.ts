import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { AppDb } from './connect';
import { loginFailures, sessions, users, type Role } from './schema';

export interface UserRow {
  storeId: string;
  username: string;
  role: Role;
  passwordHash: string | null;
  oneTimePassword: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
}

export async function findUser(db: AppDb, storeId: string, username: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.storeId, storeId), eq(users.username, username)));
  return row ?? null;
}

export async function listUsers(db: AppDb, storeId: string) {
  return db
    .select({ username: users.username, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.storeId, storeId))
    .orderBy(users.username);
}

/** False when the store already has that username. */
export async function insertUser(
  db: AppDb,
  user: { storeId: string; username: string; role: Role; passwordHash: string; oneTimePassword?: boolean },
): Promise<boolean> {
  const rows = await db
    .insert(users)
    .values({ ...user, oneTimePassword: user.oneTimePassword ?? false })
    .onConflictDoNothing()
    .returning({ username: users.username });
  return rows.length === 1;
}

/** Deletes a user and their sessions; refuses to remove a store's last owner. */
export async function deleteUser(
  db: AppDb,
  storeId: string,
  username: string,
): Promise<'deleted' | 'missing' | 'last-owner'> {
  return db.transaction(async (tx) => {
    // Lock the store's owners so two owners deleting each other at once cannot leave none.
    const owners = await tx
      .select({ username: users.username })
      .from(users)
      .where(and(eq(users.storeId, storeId), eq(users.role, 'owner')))
      .for('update');
    const [target] = await tx
      .select()
      .from(users)
      .where(and(eq(users.storeId, storeId), eq(users.username, username)));
    if (!target) return 'missing';
    if (target.role === 'owner' && owners.length <= 1) return 'last-owner';
    await tx.delete(sessions).where(and(eq(sessions.storeId, storeId), eq(sessions.username, username)));
    await tx.delete(users).where(and(eq(users.storeId, storeId), eq(users.username, username)));
    return 'deleted';
  });
}

/** Sets a new password (clears one-time and must-change); ends the user's other sessions when asked. */
export async function setPassword(
  db: AppDb,
  storeId: string,
  username: string,
  passwordHash: string,
  keepSession?: string,
) {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, oneTimePassword: false, mustChangePassword: false })
      .where(and(eq(users.storeId, storeId), eq(users.username, username)));
    const others = and(eq(sessions.storeId, storeId), eq(sessions.username, username));
    await tx
      .delete(sessions)
      .where(keepSession ? and(others, sql`${sessions.tokenHash} <> ${keepSession}`) : others);
  });
}

/**
 * Uses up a one-time password: the hash is cleared and the user must set a new password, in one conditional
 * update, so two logins racing with the same printed password cannot both succeed.
 */
export async function consumeOneTimePassword(
  db: AppDb,
  storeId: string,
  username: string,
  passwordHash: string,
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ passwordHash: null, oneTimePassword: false, mustChangePassword: true })
    .where(
      and(
        eq(users.storeId, storeId),
        eq(users.username, username),
        eq(users.passwordHash, passwordHash),
        eq(users.oneTimePassword, true),
      ),
    )
    .returning({ username: users.username });
  return rows.length === 1;
}

export async function insertSession(
  db: AppDb,
  session: { tokenHash: string; storeId: string; username: string; expiresAt: Date },
) {
  await db.insert(sessions).values(session);
}

/** A live session with its user (a deleted user's sessions go with them). */
export async function findSession(db: AppDb, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      storeId: sessions.storeId,
      username: sessions.username,
      expiresAt: sessions.expiresAt,
      role: users.role,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.storeId, sessions.storeId), eq(users.username, sessions.username)))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row ?? null;
}

export async function deleteSession(db: AppDb, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function countRecentFailures(db: AppDb, key: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)));
  return Number(row?.n ?? 0);
}

/** The oldest failure still inside the window (when the limit lifts). */
export async function oldestRecentFailure(db: AppDb, key: string, since: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string>`min(${loginFailures.at})` })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)));
  return row?.at ? new Date(row.at) : null;
}

export async function recordFailure(db: AppDb, keys: string[], at: Date) {
  if (keys.length > 0) await db.insert(loginFailures).values(keys.map((key) => ({ key, at })));
}

/** Drops failures and sessions that can no longer matter (run now and then). */
export async function pruneAuth(db: AppDb, before: Date, now: Date) {
  await db.delete(loginFailures).where(lt(loginFailures.at, before));
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** A new password that works for one sign-in; every session of the user ends. */
export async function resetToOneTimePassword(
  db: AppDb,
  storeId: string,
  username: string,
  passwordHash: string,
) {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, oneTimePassword: true, mustChangePassword: false })
      .where(and(eq(users.storeId, storeId), eq(users.username, username)));
    await tx.delete(sessions).where(and(eq(sessions.storeId, storeId), eq(sessions.username, username)));
  });
}
