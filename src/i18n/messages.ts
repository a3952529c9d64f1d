import { arEn, arZh } from './messages/ar';
import { cartEn, cartZh } from './messages/cart';
import { coreEn, coreZh } from './messages/core';
import type { catalogNoticeZh } from './messages/catalog-notice';
import type { kioskZh } from './messages/kiosk';
import type { merchantZh } from './messages/merchant';
import type { ordersZh } from './messages/orders';
import type { publishZh } from './messages/publish';
import type { scanZh } from './messages/scan';
import type { staffZh } from './messages/staff';
import type { storedZh } from './messages/stored';

/**
 * The strings every route may need, zh-CN (the default locale) and English: the shell and the shopper pages
 * (home, product, /shop, cart, counter). The merchant, kiosk, scan and staff sign-in strings are not here: their surfaces add
 * them when their lazy chunk loads (register-*-messages.ts), so a shopper never downloads them. Each feature
 * keeps its strings in its own file under messages/; the types make a key missing from either language a
 * compile error.
 */
export const eagerZh = { ...coreZh, ...cartZh, ...arZh };

export const eagerEn: Record<keyof typeof eagerZh, string> = { ...coreEn, ...cartEn, ...arEn };

/** Every key of every bundle, eager or registered later; type-only imports, so no strings at run time. */
export type MessageKey =
  | keyof typeof eagerZh
  | keyof typeof catalogNoticeZh
  | keyof typeof kioskZh
  | keyof typeof merchantZh
  | keyof typeof ordersZh
  | keyof typeof publishZh
  | keyof typeof scanZh
  | keyof typeof staffZh
  | keyof typeof storedZh;
