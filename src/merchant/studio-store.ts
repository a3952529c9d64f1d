import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createDraftSlice, derive, type DraftSlice } from './slices/draft';
import { createViewSlice, type ViewSlice } from './slices/view';
import type { DraftCatalog } from '../domain/merchant';
import { storeContext } from '../data/store-context';

export type StudioState = DraftSlice & ViewSlice;

export const studioStorageKey = 'shelfsight.merchant.draft';
export const studioStorageVersion = 1;

/**
 * What survives a reload: the draft, what it was last saved as, and the server version it is based on. Undo
 * history is for this visit only.
 */
type PersistedStudio = Pick<DraftSlice, 'draft' | 'savedJson' | 'dirtySince' | 'base'>;

const isBase = (value: unknown): value is DraftSlice['base'] => {
  const base = value as DraftSlice['base'];
  return (
    !!base &&
    typeof base === 'object' &&
    (base.version === null || typeof base.version === 'number') &&
    (base.etag === null || typeof base.etag === 'string')
  );
};

function isDraftShaped(value: unknown): value is DraftCatalog {
  const draft = value as DraftCatalog | null;
  return (
    !!draft && typeof draft === 'object' && Array.isArray(draft.products) && Array.isArray(draft.promotions)
  );
}

/**
 * Builds the merchant studio's store: its own store (the shopper's store never sees a draft), with the draft
 * persisted locally until exported. A stored draft that is unreadable is dropped rather than crashing the
 * studio; the studio then starts from the published catalog. Tests pass their own storage.
 */
export function createStudioStore(
  getStorage: () => Storage | undefined = () => globalThis.localStorage,
  name = studioStorageKey,
) {
  return createStore<StudioState>()(
    persist((...args) => ({ ...createDraftSlice(...args), ...createViewSlice(...args) }), {
      name,
      version: studioStorageVersion,
      storage: createJSONStorage(() => getStorage() as Storage),
      partialize: (state): PersistedStudio => ({
        draft: state.draft,
        savedJson: state.savedJson,
        dirtySince: state.dirtySince,
        base: state.base,
      }),
      merge: (persisted, current) => {
        const saved = persisted as Partial<PersistedStudio> | undefined;
        if (!saved || !isDraftShaped(saved.draft)) return current;
        const kept = {
          validCatalog: null,
          savedJson: typeof saved.savedJson === 'string' ? saved.savedJson : null,
          dirtySince: typeof saved.dirtySince === 'string' ? saved.dirtySince : null,
        };
        const base = isBase(saved.base) ? saved.base : null;
        return { ...current, ...kept, base, draft: saved.draft, ...derive(saved.draft, kept) };
      },
    }),
  );
}

export type StudioStore = ReturnType<typeof createStudioStore>;

/**
 * The studio's one store; components reach it through `hooks.ts`. Each store of a store server keeps its
 * own draft (a browser may edit two shops); static hosting keeps today's key.
 */
export const studioStore = createStudioStore(
  undefined,
  storeContext.mode === 'server' ? `${studioStorageKey}:${storeContext.storeId}` : studioStorageKey,
);
