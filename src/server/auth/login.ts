import type { AppDb } from '../db/connect';
import {
  consumeOneTimePassword,
  countRecentFailures,
  findUser,
  oldestRecentFailure,
  recordFailure,
} from '../db/auth-repo';
import type { Role } from '../db/schema';
import { verifyPassword } from './password';

/** Ten wrong passwords for one account, or fifty from one address, within 15 minutes lock further tries. */
export const loginLimits = { windowMs: 15 * 60_000, perAccount: 10, perAddress: 50 };

export type LoginOutcome =
  | { kind: 'ok'; username: string; role: Role; mustChangePassword: boolean }
  | { kind: 'bad-credentials' }
  | { kind: 'rate-limited'; retryAfterS: number };

// Verified against when the user does not exist, so a wrong username costs the same time as a wrong password.
const dummyHash = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Checks a staff login. Counts failures per account and per client address in the database (so the limit
 * holds across server processes) and refuses, even a right password, while a limit is reached. A one-time
 * password is used up by the login that uses it.
 */
export async function checkLogin(
  db: AppDb,
  {
    storeId,
    username,
    password,
    address,
    now,
  }: { storeId: string; username: string; password: string; address: string; now: Date },
): Promise<LoginOutcome> {
  const since = new Date(now.getTime() - loginLimits.windowMs);
  const keys = [`account:${storeId}:${username}`, `address:${address}`] as const;
  const limits = [loginLimits.perAccount, loginLimits.perAddress];
  for (const [index, key] of keys.entries()) {
    if ((await countRecentFailures(db, key, since)) >= limits[index]!) {
      const oldest = (await oldestRecentFailure(db, key, since)) ?? now;
      const retryAfterS = Math.max(
        1,
        Math.ceil((oldest.getTime() + loginLimits.windowMs - now.getTime()) / 1000),
      );
      return { kind: 'rate-limited', retryAfterS };
    }
  }
  const user = await findUser(db, storeId, username);
  const valid = await verifyPassword(password, user?.passwordHash ?? dummyHash);
  const usable =
    valid &&
    user &&
    user.passwordHash &&
    (!user.oneTimePassword || (await consumeOneTimePassword(db, storeId, username, user.passwordHash)));
  if (!usable || !user) {
    await recordFailure(db, [...keys], now);
    return { kind: 'bad-credentials' };
  }
  return {
    kind: 'ok',
    username: user.username,
    role: user.role,
    mustChangePassword: user.oneTimePassword || user.mustChangePassword,
  };
}
