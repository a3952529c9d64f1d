import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createDraftSlice, derive, type DraftSlice } from './slices/draft';
import { createViewSlice, type ViewSlice } from './slices/view';
import type { DraftCatalog } from '../domain/merchant';

export type StudioState = DraftSlice & ViewSlice;

export const studioStorageKey = 'shelfsight.merchant.draft';
export const studioStorageVersion = 1;

/** What survives a reload: the draft and what it was last saved as. Undo history is for this visit only. */
type PersistedStudio = Pick<DraftSlice, 'draft' | 'savedJson' | 'dirtySince'>;

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
export function createStudioStore(getStorage: () => Storage | undefined = () => globalThis.localStorage) {
  return createStore<StudioState>()(
    persist((...args) => ({ ...createDraftSlice(...args), ...createViewSlice(...args) }), {
      name: studioStorageKey,
      version: studioStorageVersion,
      storage: createJSONStorage(() => getStorage() as Storage),
      partialize: (state): PersistedStudio => ({
        draft: state.draft,
        savedJson: state.savedJson,
        dirtySince: state.dirtySince,
      }),
      merge: (persisted, current) => {
        const saved = persisted as Partial<PersistedStudio> | undefined;
        if (!saved || !isDraftShaped(saved.draft)) return current;
        const base = {
          validCatalog: null,
          savedJson: typeof saved.savedJson === 'string' ? saved.savedJson : null,
          dirtySince: typeof saved.dirtySince === 'string' ? saved.dirtySince : null,
        };
        return { ...current, ...base, draft: saved.draft, ...derive(saved.draft, base) };
      },
    }),
  );
}

export type StudioStore = ReturnType<typeof createStudioStore>;

/** The studio's one store; components reach it through `hooks.ts`. */
export const studioStore = createStudioStore();
