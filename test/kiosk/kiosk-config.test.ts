import { describe, expect, it } from 'vitest';
import { parseKioskConfig } from '../../src/kiosk/kiosk-config';

const origin = 'http://kiosk.local:8080';
const parse = (search: string) => parseKioskConfig(search, origin, '/catalog.json');

describe('parseKioskConfig', () => {
  it('uses the documented defaults without parameters', () => {
    const config = parse('');
    expect(config).toMatchObject({
      catalogUrl: '/catalog.json',
      storeId: null,
      locale: null,
      idleMs: 60_000,
      refreshMs: 300_000,
      dwellMs: 8000,
      featured: null,
      handoffOrigin: origin,
      problems: [],
    });
  });

  it('reads store, catalog, locale, idle seconds, featured products, refresh minutes and hand-off origin', () => {
    const config = parse(
      '?store=hualing-xinjiang-produce&catalog=/stores/a12/catalog.json&lang=en&idle=90' +
        '&featured=aksu-apple,hami-melon&refresh=2&dwell=12&handoff=https://shop.example.cn/ignored',
    );
    expect(config).toMatchObject({
      storeId: 'hualing-xinjiang-produce',
      catalogUrl: '/stores/a12/catalog.json',
      locale: 'en',
      idleMs: 90_000,
      featured: ['aksu-apple', 'hami-melon'],
      refreshMs: 120_000,
      dwellMs: 12_000,
      handoffOrigin: 'https://shop.example.cn',
      problems: [],
    });
  });

  it('refuses a catalog from another origin and out-of-range numbers, keeping defaults and saying why', () => {
    const config = parse(
      '?catalog=https://cdn.example.com/c.json&idle=2&refresh=abc&lang=fr&handoff=ftp://x',
    );
    expect(config.catalogUrl).toBe('/catalog.json');
    expect(config.idleMs).toBe(60_000);
    expect(config.refreshMs).toBe(300_000);
    expect(config.locale).toBeNull();
    expect(config.handoffOrigin).toBe(origin);
    expect(config.problems).toHaveLength(5);
    expect(config.problems[0]).toContain('same origin only');
  });

  it('honours millisecond timings only in debug mode (tests and soak runs)', () => {
    expect(parse('?dwellMs=1&idleMs=500&refreshMs=700').dwellMs).toBe(8000);
    const debug = parse('?debug=1&dwellMs=1&idleMs=500&refreshMs=700&contextWaitMs=100');
    expect(debug).toMatchObject({ dwellMs: 1, idleMs: 500, refreshMs: 700, contextWaitMs: 100 });
  });

  it('drops malformed featured ids and reports them', () => {
    const config = parse('?featured=aksu-apple,<script>,hami-melon');
    expect(config.featured).toEqual(['aksu-apple', 'hami-melon']);
    expect(config.problems).toEqual(['featured: <script>']);
  });
});
