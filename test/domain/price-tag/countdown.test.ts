import { describe, expect, it } from 'vitest';
import { countdownText } from '../../../src/domain/price-tag';

const end = '2026-11-12T00:00:00+08:00';
const at = (iso: string) => new Date(iso);

describe('countdownText', () => {
  it('counts down hours, minutes and seconds in the last day of a promotion', () => {
    expect(countdownText(end, at('2026-11-11T10:00:00+08:00'))).toBe('14:00:00');
    expect(countdownText(end, at('2026-11-11T23:59:58.200+08:00'))).toBe('00:00:02');
  });

  it('shows nothing more than 24 hours ahead, after the end, or without an end', () => {
    expect(countdownText(end, at('2026-11-10T23:59:59+08:00'))).toBeNull();
    expect(countdownText(end, at('2026-11-12T00:00:00+08:00'))).toBeNull();
    expect(countdownText(null, at('2026-11-11T10:00:00+08:00'))).toBeNull();
  });

  it('compares absolute instants, whatever offset the end was written in', () => {
    expect(countdownText('2026-11-11T16:00:00Z', at('2026-11-11T23:00:00+08:00'))).toBe('01:00:00');
  });
});
