import { isLocale, type Locale } from '../i18n/locale';

/** How one kiosk runs, read from its URL (documented in the README, "Kiosk display"). */
export interface KioskConfig {
  /** Same-origin URL of the catalog to poll. */
  catalogUrl: string;
  /** The store this screen stands in; a catalog of another store is refused like an invalid one. */
  storeId: string | null;
  locale: Locale | null;
  /** No input for this long in touch mode resets the kiosk to the attract loop. */
  idleMs: number;
  /** Product ids to feature in the loop, in order; null = every product in stock. */
  featured: string[] | null;
  /** How often the catalog is polled. */
  refreshMs: number;
  /** How long each product stays on screen in the attract loop. */
  dwellMs: number;
  /** Origin the shopper's phone can reach (the hand-off QR points there). */
  handoffOrigin: string;
  /** How long a lost WebGL context may stay lost before the 3D view is rebuilt from scratch. */
  contextWaitMs: number;
  /** Parameters that were present but not usable; shown to staff, defaults used instead. */
  problems: string[];
}

export const kioskDefaults = {
  idleSeconds: 60,
  refreshMinutes: 5,
  dwellSeconds: 8,
  contextWaitMs: 3000,
};

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readNumber(params: URLSearchParams, name: string, min: number, max: number, problems: string[]) {
  const raw = params.get(name);
  if (raw === null) return null;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    problems.push(`${name}=${raw} (${min}–${max})`);
    return null;
  }
  return value;
}

function sameOriginUrl(raw: string, origin: string): string | null {
  try {
    const url = new URL(raw, origin);
    // The CSP allows only our own origin; a foreign catalog would be blocked anyway, so say it plainly.
    return url.origin === origin ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}

function httpOrigin(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Reads the kiosk's settings from its URL (`storeOrigins`: the store's own public origins, which the store
 * server lists in a meta tag from SHELFSIGHT_ORIGINS; on static hosting none). Every bad value is reported in `problems` and replaced by its
 * default, so a typo in the kiosk's start URL never leaves a blank screen in the store. Timing overrides in
 * milliseconds (`dwellMs`, `idleMs`, `refreshMs`, `contextWaitMs`) are honoured only with `debug=1`: they
 * exist for tests and soak runs.
 */
export function parseKioskConfig(
  search: string,
  origin: string,
  defaultCatalogUrl: string,
  storeOrigins: readonly string[] = [],
): KioskConfig {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const debug = params.get('debug') === '1';

  let catalogUrl = defaultCatalogUrl;
  const catalogParam = params.get('catalog');
  if (catalogParam !== null) {
    const url = sameOriginUrl(catalogParam, origin);
    if (url) catalogUrl = url;
    else problems.push(`catalog=${catalogParam} (same origin only)`);
  }

  const storeParam = params.get('store');
  const storeId = storeParam !== null && slug.test(storeParam) ? storeParam : null;
  if (storeParam !== null && !storeId) problems.push(`store=${storeParam}`);

  const lang = params.get('lang');
  if (lang !== null && !isLocale(lang)) problems.push(`lang=${lang} (zh-CN or en)`);

  const featuredParam = params.get('featured');
  const featured = featuredParam
    ? featuredParam
        .split(',')
        .map((id) => id.trim())
        .filter((id) => {
          if (slug.test(id)) return true;
          problems.push(`featured: ${id}`);
          return false;
        })
    : null;

  let handoffOrigin = origin;
  const handoffParam = params.get('handoff');
  if (handoffParam !== null) {
    const parsed = httpOrigin(handoffParam);
    // The hand-off QR sends a shopper's phone there with their cart: only this store's own origins.
    if (parsed && (parsed === origin || storeOrigins.includes(parsed))) handoffOrigin = parsed;
    else if (parsed) problems.push(`handoff=${handoffParam} (not one of this store's origins)`);
    else problems.push(`handoff=${handoffParam} (http or https URL)`);
  }

  const seconds = (name: string, min: number, max: number, fallback: number) =>
    (readNumber(params, name, min, max, problems) ?? fallback) * 1000;
  const testMs = (name: string) => (debug ? readNumber(params, name, 1, 86_400_000, problems) : null);

  return {
    catalogUrl,
    storeId,
    locale: isLocale(lang) ? lang : null,
    idleMs: testMs('idleMs') ?? seconds('idle', 10, 3600, kioskDefaults.idleSeconds),
    featured: featured && featured.length > 0 ? featured : null,
    refreshMs: testMs('refreshMs') ?? seconds('refresh', 1, 1440, kioskDefaults.refreshMinutes) * 60,
    dwellMs: testMs('dwellMs') ?? seconds('dwell', 3, 120, kioskDefaults.dwellSeconds),
    handoffOrigin,
    contextWaitMs: testMs('contextWaitMs') ?? kioskDefaults.contextWaitMs,
    problems,
  };
}

/** The store's own origins as the store server lists them in index.html (none on static hosting). */
export function readStoreOrigins(doc: Pick<Document, 'querySelector'>): string[] {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="shelfsight-origins"]')?.content ?? '';
  return content.split(/\s+/u).flatMap((entry) => {
    const parsed = entry ? httpOrigin(entry) : null;
    return parsed ? [parsed] : [];
  });
}
