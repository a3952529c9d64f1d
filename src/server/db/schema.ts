import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * The store server's tables (PostgreSQL dialect; PGlite and any PostgreSQL run the same migrations, generated
 * from this file by drizzle-kit into ./migrations). Every row that belongs to a store carries its `store_id`,
 * and every query filters by it: two stores on one server never see each other's data.
 */

/** A store is a row, not a build. `live_version` is the catalog version shoppers see (0: none yet). */
export const stores = pgTable('stores', {
  id: text('id').primaryKey(),
  name: jsonb('name').$type<{ 'zh-CN': string; en: string }>().notNull(),
  liveVersion: integer('live_version').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every published catalog, immutable. The catalog is kept as the exact JSON text served to shoppers (jsonb
 * would reorder keys), so its ETag is a hash of what is sent.
 */
export const catalogVersions = pgTable(
  'catalog_versions',
  {
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    catalogJson: text('catalog_json').notNull(),
    etag: text('etag').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when this version restores an earlier one. */
    rollbackOf: integer('rollback_of'),
    /** What changed against the previous version (summarizeCatalogChange); null for the first. */
    summary: jsonb('summary'),
  },
  (table) => [primaryKey({ columns: [table.storeId, table.version] })],
);

/** The owner's working draft on the server (one per store), not validated until it is published. */
export const drafts = pgTable('drafts', {
  storeId: text('store_id')
    .primaryKey()
    .references(() => stores.id, { onDelete: 'cascade' }),
  baseVersion: integer('base_version').notNull(),
  draft: jsonb('draft').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const roles = ['owner', 'cashier', 'kiosk'] as const;
export type Role = (typeof roles)[number];

/** Staff accounts, per store. Shoppers never log in. */
export const users = pgTable(
  'users',
  {
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    username: text('username').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** scrypt hash (see auth/password.ts); null once a one-time password has been used and not yet replaced. */
    passwordHash: text('password_hash'),
    /** The password works for one login only (the first-start owner's printed password). */
    oneTimePassword: boolean('one_time_password').notNull().default(false),
    /** Every action but setting a new password is refused until one is set. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.storeId, table.username] }),
    check('users_role_check', sql`${table.role} in ('owner', 'cashier', 'kiosk')`),
  ],
);

/** Login sessions; only the SHA-256 of the cookie's token is stored, so a database dump logs nobody in. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    storeId: text('store_id').notNull(),
    username: text('username').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.storeId, table.username)],
);

/** Failed logins, counted per key (store + user, and client address) for the login rate limit. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('login_failures_key_at_idx').on(table.key, table.at)],
);
