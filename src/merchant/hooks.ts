import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { studioStore, type StudioState } from './studio-store';

/** Reads from the studio store with a selector (components never import the store itself). */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(studioStore, selector);
}

export const useDraft = () => useStudio((state) => state.draft);
export const useDraftErrors = () => useStudio((state) => state.errors);
export const usePreviewCatalog = () => useStudio((state) => state.validCatalog);
export const usePreviewAt = () => useStudio((state) => state.previewAt);

/** Stable action functions. */
export const useStudioActions = () =>
  useStudio(
    useShallow((state) => ({
      startDraft: state.startDraft,
      edit: state.edit,
      undo: state.undo,
      redo: state.redo,
      replaceDraft: state.replaceDraft,
      markSaved: state.markSaved,
      markPublished: state.markPublished,
      rebase: state.rebase,
      discardDraft: state.discardDraft,
      selectProduct: state.selectProduct,
      setPreviewAt: state.setPreviewAt,
      setLighting: state.setLighting,
      setTab: state.setTab,
      openPromotionEditor: state.openPromotionEditor,
      setCustomModel: state.setCustomModel,
      setReport: state.setReport,
    })),
  );

/** Read-only access for diagnostics and tests. */
export const readStudio = () => studioStore.getState();
