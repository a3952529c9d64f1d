import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { createDraftSlice, derive, type DraftSlice } from './slices/draft';
import { createViewSlice, type ViewSlice } from './slices/view';
import { storeContext } from '../data/store-context';
import { createDraftStorage, type PersistedStudio } from './stored-draft';

export type StudioState = DraftSlice & ViewSlice;

export const studioStorageKey = 'shelfsight.merchant.draft';
export const studioStorageVersion = 1;

/**
 * Builds the merchant studio's store: its own store (the shopper's store never sees a draft), with the draft
 * persisted locally until exported. A stored draft that is unreadable is set aside rather than crashing the
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
      storage: createDraftStorage(getStorage),
      partialize: (state): PersistedStudio => ({
        draft: state.draft,
        savedJson: state.savedJson,
        dirtySince: state.dirtySince,
        base: state.base,
      }),
      merge: (persisted, current) => {
        // The storage has already checked the saved shape (see stored-draft.ts).
        const saved = persisted as PersistedStudio | undefined;
        if (!saved?.draft) return current;
        const kept = { validCatalog: null, savedJson: saved.savedJson, dirtySince: saved.dirtySince };
        return { ...current, ...kept, base: saved.base, draft: saved.draft, ...derive(saved.draft, kept) };
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
