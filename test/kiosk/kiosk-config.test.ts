import { describe, expect, it } from 'vitest';
import { parseKioskConfig, readStoreOrigins } from '../../src/kiosk/kiosk-config';

const origin = 'http://kiosk.local:8080';
const storeOrigins = ['https://shop.example.cn'];
const parse = (search: string) => parseKioskConfig(search, origin, '/catalog.json', storeOrigins);

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

  it("hands off only to the kiosk's own origin or one the store lists, and tells staff about any other", () => {
    expect(parse(`?handoff=${origin}/x`).handoffOrigin).toBe(origin);
    const evil = parse('?handoff=https://evil.example');
    expect(evil.handoffOrigin).toBe(origin);
    expect(evil.problems).toEqual(["handoff=https://evil.example (not one of this store's origins)"]);
    // On static hosting the store lists none: only the kiosk's own origin.
    const alone = parseKioskConfig('?handoff=https://shop.example.cn', origin, '/catalog.json');
    expect(alone.handoffOrigin).toBe(origin);
    expect(alone.problems).toHaveLength(1);
  });

  it('reads the store origins the store server lists in its meta tag, skipping anything else', () => {
    const doc = (content: string | null) => ({
      querySelector: () => (content === null ? null : ({ content } as HTMLMetaElement)),
    });
    expect(readStoreOrigins(doc(null))).toEqual([]);
    expect(
      readStoreOrigins(doc('https://shop.example.cn  http://10.0.0.5:8080 javascript:alert(1) junk')),
    ).toEqual(['https://shop.example.cn', 'http://10.0.0.5:8080']);
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
