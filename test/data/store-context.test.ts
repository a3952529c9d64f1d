import { describe, expect, it } from 'vitest';
import { catalogEndpoints } from '../../src/data/catalog-endpoints';
import { appPath, appUrl, parseStoreContext, withoutStoreBase } from '../../src/data/store-context';

describe('store context', () => {
  it('is static hosting without the server meta tag, whatever the path says', () => {
    expect(parseStoreContext(null, '/s/other-store/kiosk')).toEqual({
      mode: 'static',
      storeId: null,
      base: '',
    });
    expect(parseStoreContext('', '/')).toMatchObject({ mode: 'static' });
  });

  it('serves the default store on every path without a store prefix', () => {
    expect(parseStoreContext('hualing-xinjiang-produce', '/p/aksu-apple')).toEqual({
      mode: 'server',
      storeId: 'hualing-xinjiang-produce',
      base: '',
    });
  });

  it('selects the store named by /s/<storeId>', () => {
    expect(parseStoreContext('hualing-xinjiang-produce', '/s/other-store/p/aksu-apple')).toEqual({
      mode: 'server',
      storeId: 'other-store',
      base: '/s/other-store',
    });
    expect(parseStoreContext('hualing-xinjiang-produce', '/s/other-store')).toMatchObject({
      base: '/s/other-store',
    });
  });

  it('ignores a malformed store id in the prefix (the page is then not found)', () => {
    expect(parseStoreContext('hualing', '/s/Bad%20Store/kiosk')).toMatchObject({
      storeId: 'hualing',
      base: '',
    });
    expect(parseStoreContext('hualing', '/shop')).toMatchObject({ storeId: 'hualing', base: '' });
  });

  it('builds absolute links that carry the store prefix', () => {
    const base = { base: '/s/other-store' };
    expect(appUrl('https://shop.example', '/counter#o=1.x', base)).toBe(
      'https://shop.example/s/other-store/counter#o=1.x',
    );
    expect(appUrl('https://shop.example', '/shop', { base: '' })).toBe('https://shop.example/shop');
  });

  it('maps a location to its app path inside the base', () => {
    expect(appPath('/s/a/kiosk', { base: '/s/a' })).toBe('/kiosk');
    expect(appPath('/s/a', { base: '/s/a' })).toBe('/');
    expect(appPath('/s/ab/kiosk', { base: '/s/a' })).toBeNull();
    expect(appPath('/kiosk', { base: '' })).toBe('/kiosk');
  });

  it('reads a prefixed label URL as the label codec expects it', () => {
    const base = { base: '/s/a' };
    expect(withoutStoreBase('https://x.cn/s/a/p/aksu-apple?shelf=A-01', 'https://x.cn', base)).toBe(
      'https://x.cn/p/aksu-apple?shelf=A-01',
    );
    expect(withoutStoreBase('https://evil.cn/s/a/p/aksu-apple', 'https://x.cn', base)).toBe(
      'https://evil.cn/s/a/p/aksu-apple',
    );
  });

  it('points the catalog at the store API, events and stock on the server, at catalog.json without it', () => {
    expect(catalogEndpoints({ mode: 'server', storeId: 'other-store' }, '/catalog.json')).toEqual({
      url: '/api/stores/other-store/catalog',
      eventsUrl: '/api/stores/other-store/events',
      stockUrl: '/api/stores/other-store/stock',
      lastGoodKey: 'shelfsight.catalog.lastGood:other-store',
    });
    expect(catalogEndpoints({ mode: 'static', storeId: null }, '/catalog.json')).toEqual({
      url: '/catalog.json',
      eventsUrl: null,
      stockUrl: null,
      lastGoodKey: undefined,
    });
  });
});
