import { describe, expect, it } from 'vitest';
import { festivalStart, kioskCountdown } from '../../src/kiosk/countdown';

describe('kioskCountdown', () => {
  it('counts down to 11.11 00:00 Asia/Shanghai before the festival', () => {
    const countdown = kioskCountdown(new Date('2026-11-05T10:00:00+08:00'), '2026-12-13T00:00:00+08:00');
    expect(countdown).toEqual({
      kind: 'festival',
      target: '2026-11-10T16:00:00.000Z',
      days: 5,
      clock: '14:00:00',
    });
  });

  it('counts down to the end of the current promotion from 11.11 00:00 on', () => {
    const countdown = kioskCountdown(new Date('2026-11-11T00:00:00+08:00'), '2026-11-12T00:00:00+08:00');
    expect(countdown).toMatchObject({ kind: 'promotion', days: 1, clock: '00:00:00' });
  });

  it('rounds partial seconds up and shows nothing when no promotion is running after the festival starts', () => {
    const countdown = kioskCountdown(new Date('2026-11-11T23:59:59.400+08:00'), '2026-11-12T00:00:00+08:00');
    expect(countdown).toMatchObject({ days: 0, clock: '00:00:01' });
    expect(kioskCountdown(new Date('2026-11-20T10:00:00+08:00'), null)).toBeNull();
    expect(kioskCountdown(new Date('2026-11-20T10:00:00+08:00'), '2026-11-19T00:00:00+08:00')).toBeNull();
  });

  it('takes the festival year from the store-local date (New Year in Urumqi is still 31 Dec in UTC)', () => {
    expect(festivalStart(new Date('2026-12-31T17:00:00Z')).toISOString()).toBe('2027-11-10T16:00:00.000Z');
  });
});
