/** Catalogs larger than this are refused before parsing (a kiosk must not choke on a bad upload). */
export const maxCatalogBytes = 2_000_000;

/** How long one catalog fetch may take, body included, before it counts as unreachable. */
export const catalogDeadlineMs = 10_000;

/** Our service worker marks a catalog it served from its cache because the network failed (see sw.ts). */
export const offlineHeader = 'x-shelfsight-offline';

/** Why a fetch brought no catalog JSON: each reason is shown to people as what it is. */
export type FetchFailure =
  | { kind: 'unreachable'; reason: string }
  | { kind: 'too-large'; limit: number }
  | { kind: 'broken'; reason: string };

export type FetchedCatalog =
  | { json: unknown; etag: string | null; version: number | null; offlineSince: string | null | false }
  | { notModified: true }
  | { failure: FetchFailure };

const text = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One catalog fetch with a deadline that covers the body too (a server that stalls mid-answer must not hold
 * a screen or a poll): the JSON, a 304 to `etag`, or the reason it failed. `offlineSince` is false for a
 * live answer, else when the worker's cached copy was fetched (its `date`, or null). Never throws.
 */
export async function fetchCatalogJson(
  url: string,
  fetcher: typeof fetch,
  etag: string | null,
  deadlineMs = catalogDeadlineMs,
): Promise<FetchedCatalog> {
  const controller = new AbortController();
  const late = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () =>
      reject(new Error(`no answer within ${deadlineMs / 1000} s`)),
    );
  });
  const timer = setTimeout(() => controller.abort(), deadlineMs);
  try {
    // With our own validator the HTTP cache must stay out of the way, or a 304 would never reach us.
    const response = await Promise.race([
      fetcher(url, {
        cache: etag ? 'no-store' : 'no-cache',
        credentials: 'same-origin',
        signal: controller.signal,
        ...(etag ? { headers: { 'If-None-Match': etag } } : {}),
      }),
      late,
    ]);
    if (etag && response.status === 304) return { notModified: true };
    if (!response.ok) return { failure: { kind: 'unreachable', reason: `HTTP ${response.status}` } };
    const body = await Promise.race([response.text(), late]);
    if (body.length > maxCatalogBytes) return { failure: { kind: 'too-large', limit: maxCatalogBytes } };
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      return { failure: { kind: 'broken', reason: text(error) } };
    }
    const version = Number(response.headers.get('x-catalog-version'));
    const date = Date.parse(response.headers.get('date') ?? '');
    return {
      json,
      etag: response.headers.get('etag'),
      version: Number.isSafeInteger(version) && version > 0 ? version : null,
      offlineSince:
        response.headers.get(offlineHeader) === '1' &&
        (Number.isNaN(date) ? null : new Date(date).toISOString()),
    };
  } catch (error) {
    return { failure: { kind: 'unreachable', reason: text(error) } };
  } finally {
    clearTimeout(timer);
  }
}
