import { sql } from 'drizzle-orm';
import {
  bigint,
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
  uniqueIndex,
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
  /** HMAC key of the store's order codes (hex), made on first use; never leaves the server. */
  orderSecret: text('order_secret'),
  /** How long an unpaid order holds its units. */
  reservationMinutes: integer('reservation_minutes').notNull().default(30),
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

/**
 * Live stock of a product, apart from catalogs: `available + reserved + sold` only changes when the merchant
 * restocks (a publish that changes the product's `stock`). Units move available → reserved (an order) →
 * sold (paid), or back to available (expired or cancelled).
 */
export const productStock = pgTable(
  'product_stock',
  {
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    productId: text('product_id').notNull(),
    available: integer('available').notNull(),
    reserved: integer('reserved').notNull().default(0),
    sold: integer('sold').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.storeId, table.productId] }),
    check(
      'product_stock_non_negative',
      sql`${table.available} >= 0 and ${table.reserved} >= 0 and ${table.sold} >= 0`,
    ),
  ],
);

/** A flash promotion's cap and the units taken at its price (reserved or sold): never more than the cap. */
export const flashStock = pgTable(
  'flash_stock',
  {
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    promotionId: text('promotion_id').notNull(),
    cap: integer('cap').notNull(),
    reserved: integer('reserved').notNull().default(0),
    sold: integer('sold').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.storeId, table.promotionId] }),
    check(
      'flash_stock_within_cap',
      sql`${table.reserved} >= 0 and ${table.sold} >= 0 and ${table.sold} + ${table.reserved} <= ${table.cap}`,
    ),
  ],
);

/** Flash units one shopper (an anonymous device id) holds or bought, for the per-shopper limit. */
export const shopperFlash = pgTable(
  'shopper_flash',
  {
    storeId: text('store_id').notNull(),
    promotionId: text('promotion_id').notNull(),
    shopperId: text('shopper_id').notNull(),
    units: integer('units').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.storeId, table.promotionId, table.shopperId] })],
);

export const orderStatuses = ['reserved', 'paid', 'cancelled', 'expired'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** What an order holds: units per product and flash units per promotion (returned on expiry or cancel). */
export interface Reservation {
  products: Record<string, number>;
  flash: Record<string, number>;
}

/** Orders: the engine's quote at the server's clock, and the units it reserved. */
export const orders = pgTable(
  'orders',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of the request, so a reused key with another cart is told apart from a retry. */
    fingerprint: text('fingerprint').notNull(),
    shopperId: text('shopper_id').notNull(),
    status: text('status').$type<OrderStatus>().notNull().default('reserved'),
    /** The engine's quote: lines, totals, applied promotions and coupons. */
    quote: jsonb('quote').notNull(),
    reservation: jsonb('reservation').$type<Reservation>().notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    catalogVersion: integer('catalog_version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    paidBy: text('paid_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('orders_store_key_idx').on(table.storeId, table.idempotencyKey),
    index('orders_store_created_idx').on(table.storeId, table.createdAt),
    index('orders_open_expiry_idx').on(table.status, table.expiresAt),
    check('orders_status_check', sql`${table.status} in ('reserved', 'paid', 'cancelled', 'expired')`),
  ],
);
