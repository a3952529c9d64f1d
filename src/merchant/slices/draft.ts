import type { StateCreator } from 'zustand';
import { parseCatalog, type Catalog, type CatalogError } from '../../domain/catalog';
import { draftFromCatalog, formatCatalogJson, type DraftCatalog } from '../../domain/merchant';
import type { CatalogMeta } from '../../data/catalog-feed-types';
import type { StudioState } from '../studio-store';

/** Undo depth: enough for an afternoon of edits, small enough for memory (drafts share unchanged parts). */
export const historyLimit = 200;

export interface DraftSlice {
  /** The catalog being edited; null until the published catalog (or a saved draft) arrives. */
  draft: DraftCatalog | null;
  /** Formatted JSON of what the draft started from or was last exported as; differs = unsaved changes. */
  savedJson: string | null;
  /** When the draft was first edited after it was last saved (ISO), for the "unsaved since" line. */
  dirtySince: string | null;
  past: DraftCatalog[];
  future: DraftCatalog[];
  /** Key of the last edit: edits with the same key (keystrokes in one field) make one undo step. */
  lastEditKey: string | null;
  /** Schema errors of the draft by JSON path (empty = valid). */
  errors: CatalogError[];
  /** The last valid version of the draft: previews and exports use it. */
  validCatalog: Catalog | null;
  /**
   * The store-server version the draft started from (or was last published / rebased as): its ETag is the
   * publish's If-Match. Null on static hosting, or for a draft from before the server.
   */
  base: CatalogMeta | null;
  /** Starts editing `catalog` unless a draft is already there (a saved draft is never overwritten). */
  startDraft: (catalog: Catalog, base?: CatalogMeta | null) => void;
  edit: (change: (draft: DraftCatalog) => DraftCatalog, key?: string) => void;
  undo: () => void;
  redo: () => void;
  /** Replaces the draft with an imported, validated catalog (one undo step). */
  replaceDraft: (catalog: Catalog) => void;
  /** Records that the current draft was exported: no unsaved changes until the next edit. */
  markSaved: () => void;
  /** Records that the draft was published as `base`: no unpublished changes until the next edit. */
  markPublished: (base: CatalogMeta) => void;
  /** Keeps the draft but counts it as based on `base` (the store's newer version). */
  rebase: (base: CatalogMeta) => void;
  /** Throws the draft away and starts again from `catalog`. */
  discardDraft: (catalog: Catalog, base?: CatalogMeta | null) => void;
}

/** The derived fields for a draft: validation errors, last valid catalog, unsaved state. */
export function derive(
  draft: DraftCatalog | null,
  previous: Pick<DraftSlice, 'validCatalog' | 'savedJson' | 'dirtySince'>,
): Pick<DraftSlice, 'errors' | 'validCatalog' | 'dirtySince'> {
  if (!draft) return { errors: [], validCatalog: null, dirtySince: null };
  const result = parseCatalog(draft);
  const dirty = formatCatalogJson(draft) !== previous.savedJson;
  return {
    errors: result.ok ? [] : result.errors,
    validCatalog: result.ok ? result.catalog : previous.validCatalog,
    dirtySince: dirty ? (previous.dirtySince ?? new Date().toISOString()) : null,
  };
}

export const createDraftSlice: StateCreator<StudioState, [], [], DraftSlice> = (set, get) => {
  const commit = (next: DraftCatalog, key: string | null) =>
    set((state) => {
      const coalesce = key !== null && key === state.lastEditKey;
      const past = !state.draft || coalesce ? state.past : [...state.past, state.draft].slice(-historyLimit);
      return { draft: next, past, future: [], lastEditKey: key, ...derive(next, state) };
    });
  return {
    draft: null,
    savedJson: null,
    dirtySince: null,
    past: [],
    future: [],
    lastEditKey: null,
    errors: [],
    validCatalog: null,
    base: null,
    startDraft: (catalog, base = null) => {
      if (get().draft) return;
      const draft = draftFromCatalog(catalog);
      set({ draft, savedJson: formatCatalogJson(catalog), past: [], future: [], lastEditKey: null, base });
      set((state) => derive(draft, state));
    },
    edit: (change, key) => {
      const { draft } = get();
      if (!draft) return;
      const next = change(draft);
      if (next !== draft) commit(next, key ?? null);
    },
    undo: () =>
      set((state) => {
        const previous = state.past.at(-1);
        if (!previous || !state.draft) return state;
        return {
          draft: previous,
          past: state.past.slice(0, -1),
          future: [state.draft, ...state.future],
          lastEditKey: null,
          ...derive(previous, state),
        };
      }),
    redo: () =>
      set((state) => {
        const [next, ...future] = state.future;
        if (!next || !state.draft) return state;
        return {
          draft: next,
          past: [...state.past, state.draft],
          future,
          lastEditKey: null,
          ...derive(next, state),
        };
      }),
    replaceDraft: (catalog) => commit(draftFromCatalog(catalog), null),
    markSaved: () =>
      set((state) => (state.draft ? { savedJson: formatCatalogJson(state.draft), dirtySince: null } : state)),
    markPublished: (base) =>
      set((state) =>
        state.draft ? { savedJson: formatCatalogJson(state.draft), dirtySince: null, base } : { base },
      ),
    rebase: (base) => set({ base }),
    discardDraft: (catalog, base = null) => {
      set({ draft: null, past: [], future: [], lastEditKey: null, savedJson: null, validCatalog: null });
      get().startDraft(catalog, base);
    },
  };
};
