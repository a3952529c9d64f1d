import { describe, expect, it } from 'vitest';
import { priceAgeLevel, worstLevel } from '../../src/kiosk/price-age';

const now = new Date('2026-11-11T02:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
const fiveMinutes = 5 * 60_000;

describe('priceAgeLevel', () => {
  it('stays green while the prices were confirmed within two poll intervals', () => {
    expect(priceAgeLevel(ago(0), now, fiveMinutes)).toBe('ok');
    expect(priceAgeLevel(ago(9), now, fiveMinutes)).toBe('ok');
  });

  it('turns amber past two intervals and red past six, whatever the last answer was', () => {
    expect(priceAgeLevel(ago(11), now, fiveMinutes)).toBe('warn');
    expect(priceAgeLevel(ago(29), now, fiveMinutes)).toBe('warn');
    expect(priceAgeLevel(ago(31), now, fiveMinutes)).toBe('error');
  });

  it('is amber for prices never confirmed or confirmed at an unreadable time', () => {
    expect(priceAgeLevel(null, now, fiveMinutes)).toBe('warn');
    expect(priceAgeLevel('garbage', now, fiveMinutes)).toBe('warn');
  });
});

describe('worstLevel', () => {
  it('keeps the more serious of two levels', () => {
    expect(worstLevel('ok', 'warn')).toBe('warn');
    expect(worstLevel('error', 'warn')).toBe('error');
    expect(worstLevel('ok', 'ok')).toBe('ok');
  });
});
