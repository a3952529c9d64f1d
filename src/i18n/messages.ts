import { arEn, arZh } from './messages/ar';
import { cartEn, cartZh } from './messages/cart';
import { coreEn, coreZh } from './messages/core';
import { kioskEn, kioskZh } from './messages/kiosk';
import { merchantEn, merchantZh } from './messages/merchant';
import { scanEn, scanZh } from './messages/scan';

/**
 * Every UI string, zh-CN (the default locale) and English. Each feature keeps its strings in its own file
 * under messages/; the types make a key missing from either language a compile error.
 */
export const zhCN = { ...coreZh, ...cartZh, ...arZh, ...scanZh, ...merchantZh, ...kioskZh };

export type MessageKey = keyof typeof zhCN;

export const en: Record<MessageKey, string> = {
  ...coreEn,
  ...cartEn,
  ...arEn,
  ...scanEn,
  ...merchantEn,
  ...kioskEn,
};
