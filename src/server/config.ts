import { resolve } from 'node:path';

/** How one server process runs, from its environment (documented in the README, "Store server"). */
export interface ServerConfig {
  port: number;
  host: string;
  /** `postgres://…`: run on that PostgreSQL; absent: embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** PostgreSQL schema (`DATABASE_SCHEMA`, default public): several environments can share one database. */
  databaseSchema: string;
  dataDir: string;
  /** PEM files of the store's own certificate; absent: a self-signed one kept in `dataDir/tls`. */
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  /** Plain HTTP (`SHELFSIGHT_HTTP=1`): behind a TLS proxy, or tests on loopback. */
  plainHttp: boolean;
  distDir: string;
  defaultStoreId: string;
  trustedOrigins: string[];
  /** Build `dist/` first when it is missing or older than the sources. */
  buildIfStale: boolean;
}

export class ConfigError extends Error {}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name}=${raw}: must be a whole number ${min}–${max}`);
  return value;
}

function origins(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    try {
      const url = new URL(entry.trim());
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
      return url.origin;
    } catch {
      throw new ConfigError(`SHELFSIGHT_ORIGINS: ${entry} is not an http(s) origin`);
    }
  });
}

/** Reads and checks the environment; a bad value stops the start with a message naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//u.test(databaseUrl))
    throw new ConfigError('DATABASE_URL must start with postgres://');
  if (Boolean(env.TLS_CERT) !== Boolean(env.TLS_KEY))
    throw new ConfigError('TLS_CERT and TLS_KEY go together');
  const defaultStoreId = env.SHELFSIGHT_STORE || 'hualing-xinjiang-produce';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(defaultStoreId))
    throw new ConfigError('SHELFSIGHT_STORE must be a store id (lowercase slug)');
  const databaseSchema = env.DATABASE_SCHEMA || 'public';
  if (!/^[a-z_][a-z0-9_]{0,40}$/u.test(databaseSchema))
    throw new ConfigError('DATABASE_SCHEMA must be a lowercase identifier');
  return {
    databaseSchema,
    port: integer('PORT', env.PORT, 8443, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(env.SHELFSIGHT_DATA || 'data'),
    tlsCert: env.TLS_CERT || undefined,
    tlsKey: env.TLS_KEY || undefined,
    plainHttp: env.SHELFSIGHT_HTTP === '1',
    distDir: resolve(env.SHELFSIGHT_DIST || 'dist'),
    defaultStoreId,
    trustedOrigins: origins(env.SHELFSIGHT_ORIGINS),
    buildIfStale: env.SHELFSIGHT_NO_BUILD !== '1',
  };
}
