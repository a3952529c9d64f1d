import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { kioskEn, kioskZh } from '../../src/i18n/messages/kiosk';
import { merchantEn, merchantZh } from '../../src/i18n/messages/merchant';
import { ordersEn, ordersZh } from '../../src/i18n/messages/orders';
import { publishEn, publishZh } from '../../src/i18n/messages/publish';
import { scanEn, scanZh } from '../../src/i18n/messages/scan';
import { staffEn, staffZh } from '../../src/i18n/messages/staff';

// Each test gets a fresh locale module, so what one registers is not seen by the next.
const freshI18n = async () => {
  vi.resetModules();
  const messages = await import('../../src/i18n/messages');
  const locale = await import('../../src/i18n/locale');
  return { ...messages, ...locale };
};

const lazyBundles = [
  {
    name: 'merchant',
    zh: merchantZh,
    en: merchantEn,
    register: () => import('../../src/i18n/register-merchant-messages'),
  },
  {
    name: 'studio publish',
    zh: publishZh,
    en: publishEn,
    register: () => import('../../src/i18n/register-merchant-messages'),
  },
  {
    name: 'kiosk',
    zh: kioskZh,
    en: kioskEn,
    register: () => import('../../src/i18n/register-kiosk-messages'),
  },
  { name: 'scan', zh: scanZh, en: scanEn, register: () => import('../../src/i18n/register-scan-messages') },
  {
    name: 'orders',
    zh: ordersZh,
    en: ordersEn,
    register: () => import('../../src/i18n/register-order-messages'),
  },
  {
    name: 'staff',
    zh: staffZh,
    en: staffEn,
    register: () => import('../../src/i18n/register-staff-messages'),
  },
] as const;

describe('message bundles', () => {
  beforeEach(() => vi.unstubAllEnvs());
  afterEach(() => vi.unstubAllEnvs());

  it('ships no merchant, labels, kiosk, scan or staff string in the eager table', async () => {
    const { eagerZh, eagerEn } = await freshI18n();
    for (const table of [eagerZh, eagerEn]) {
      const keys = Object.keys(table);
      expect(keys.filter((key) => /^(merchant|labels|kiosk|scan|staff)\./.test(key))).toEqual([]);
      for (const bundle of lazyBundles) {
        expect(keys.filter((key) => key in bundle.zh)).toEqual([]);
      }
    }
    expect(Object.keys(eagerEn).sort()).toEqual(Object.keys(eagerZh).sort());
  });

  for (const bundle of lazyBundles) {
    it(`translates the ${bundle.name} strings in both locales once the surface's module registers them`, async () => {
      const { translate } = await freshI18n();
      const [key] = Object.keys(bundle.zh) as (keyof typeof bundle.zh)[];
      if (!key) throw new Error(`the ${bundle.name} bundle is empty`);
      expect(() => translate('en', key)).toThrow(/did not register/);

      await bundle.register();
      // Without params a message comes back as written, placeholders included.
      for (const k of Object.keys(bundle.zh) as (keyof typeof bundle.zh)[]) {
        expect(translate('zh-CN', k)).toBe(bundle.zh[k]);
        expect(translate('en', k)).toBe(bundle.en[k]);
      }
    });
  }

  it('registering a bundle twice changes nothing', async () => {
    const { registerMessages, translate } = await freshI18n();
    registerMessages(scanZh, scanEn);
    registerMessages(scanZh, scanEn);
    const [key] = Object.keys(scanZh) as (keyof typeof scanZh)[];
    if (!key) throw new Error('the scan bundle is empty');
    expect(translate('en', key)).toBe(scanEn[key]);
    expect(translate('en', 'cart.count', { count: 2 })).toBe('Cart 2');
  });

  it('shows the key instead of crashing in production when a bundle was never registered', async () => {
    vi.stubEnv('DEV', false);
    vi.stubEnv('MODE', 'production');
    const { translate } = await freshI18n();
    expect(translate('zh-CN', 'merchant.title')).toBe('merchant.title');
  });
});
