import type { Workbox } from 'workbox-window';
import { appPath } from '../data/store-context';

/**
 * Service worker registration (production builds only; `npm run dev` never registers one). The worker
 * precaches the app shell, the catalog, models and posters so the kiosk and the shopper pages keep working
 * when the store's network drops. A new version waits (`registerType: 'prompt'`) until a surface says it is
 * a safe moment (the kiosk: its idle reset) and calls `applyWaitingUpdate()`.
 */
let workbox: Workbox | null = null;
let waiting = false;

/** Pages that register the worker: the kiosk and the shopper's pages (not the staff tools). */
const registeringPaths = [/^\/$/, /^\/kiosk\/?$/, /^\/shop(\/.*)?$/, /^\/cart\/?$/, /^\/p\/[^/]+$/];

/**
 * Registers the worker once the page has shown what the shopper came for (the first product frame) or, on
 * pages without one, ten seconds after load (longer than a slow phone's first frame): the precache download
 * and workbox-window's code never compete with the first frame on a weak store network.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const path = appPath(window.location.pathname);
  if (path === null || !registeringPaths.some((pattern) => pattern.test(path))) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('workbox-window').then(({ Workbox }) =>
      register(new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })),
    );
  };
  window.addEventListener('shelfsight:ready', start, { once: true });
  window.addEventListener('load', () => setTimeout(start, 10_000), { once: true });
}

function register(created: Workbox): void {
  workbox = created;
  workbox.addEventListener('waiting', () => {
    waiting = true;
  });
  workbox.register().catch((error: unknown) => {
    // Blocked (private mode, test browsers) is not an error for the shopper: the app works online as before.
    console.info('Service worker not registered:', error instanceof Error ? error.message : error);
  });
}

/** True when a new app version is installed and waiting for a safe moment. */
export const updateWaiting = () => waiting;

/**
 * Activates a waiting app version and reloads into it. Call only when nobody is mid-interaction.
 * Returns false (and does nothing) when no update is waiting.
 */
export function applyWaitingUpdate(): boolean {
  if (!workbox || !waiting) return false;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
  return true;
}
