import { describe, expect, it } from 'vitest';
import { formatFen, formatInstant } from '../../src/i18n/format';
import { localeFromLanguages, translate } from '../../src/i18n/locale';

describe('formatFen', () => {
  it('formats integer fen as yuan with two decimals in zh-CN', () => {
    expect(formatFen(6990, 'zh-CN')).toBe('¥69.90');
    expect(formatFen(5, 'zh-CN')).toBe('¥0.05');
    expect(formatFen(0, 'zh-CN')).toBe('¥0.00');
    expect(formatFen(1234567, 'zh-CN')).toBe('¥12,345.67');
  });

  it('formats CNY unambiguously in English', () => {
    expect(formatFen(6990, 'en')).toBe('CN¥69.90');
  });

  it('formats negative amounts (refunds, reductions)', () => {
    expect(formatFen(-2000, 'zh-CN')).toBe('-¥20.00');
  });

  it('refuses non-integer fen instead of rounding money silently', () => {
    expect(() => formatFen(69.9, 'zh-CN')).toThrow(RangeError);
    expect(() => formatFen(Number.NaN, 'en')).toThrow(RangeError);
  });
});

describe('formatInstant', () => {
  it('shows instants in the store time zone whatever the offset they were written with', () => {
    // 16:00 UTC on 10 Nov is midnight on 11 Nov in Urumqi's official (Beijing) time.
    expect(formatInstant('2026-11-10T16:00:00Z', 'zh-CN')).toBe('11月11日 00:00');
    expect(formatInstant(new Date('2026-11-10T16:00:00Z'), 'en')).toBe('Nov 11, 00:00');
  });
});

describe('locale', () => {
  it('prefers Chinese, then English, else defaults to zh-CN', () => {
    expect(localeFromLanguages(['en-GB', 'zh-CN'])).toBe('en');
    expect(localeFromLanguages(['zh-TW'])).toBe('zh-CN');
    expect(localeFromLanguages(['ug', 'fr'])).toBe('zh-CN');
  });

  it('fills placeholders with plain text', () => {
    expect(translate('en', 'cart.count', { count: 3 })).toBe('Cart 3');
    expect(translate('zh-CN', 'cart.count', { count: 3 })).toBe('购物车 3');
  });
});
