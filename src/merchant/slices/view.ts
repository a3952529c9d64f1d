import type { StateCreator } from 'zustand';
import type { StudioState } from '../studio-store';

export type LightingPreset = 'shop' | 'daylight' | 'evening';
export const lightingPresets: readonly LightingPreset[] = ['shop', 'daylight', 'evening'];

export type StudioTab = 'promotions' | 'product' | 'audit';

/** A merchant's own model, previewed in place of a product's catalog model (this page only, never saved). */
export interface CustomModel {
  url: string;
  name: string;
  bytes: number;
}

/** The outcome of the last catalog import or model drop, shown until dismissed. */
export interface StudioReport {
  kind: 'import-failed' | 'import-done' | 'model-rejected';
  name: string;
  /** `path: message` lines for import errors; one reason for a rejected model. */
  errors: { path: string; message: string }[];
}

export interface ViewSlice {
  selectedProductId: string | null;
  /** The instant every preview price is computed at (ISO with offset). */
  previewAt: string;
  lighting: LightingPreset;
  tab: StudioTab;
  /** Promotion index whose editor is open. */
  openPromotion: number | null;
  customModels: Record<string, CustomModel>;
  report: StudioReport | null;
  setReport: (report: StudioReport | null) => void;
  selectProduct: (productId: string) => void;
  setPreviewAt: (at: string) => void;
  setLighting: (preset: LightingPreset) => void;
  setTab: (tab: StudioTab) => void;
  openPromotionEditor: (index: number | null) => void;
  setCustomModel: (productId: string, model: CustomModel | null) => void;
}

export const createViewSlice: StateCreator<StudioState, [], [], ViewSlice> = (set) => ({
  selectedProductId: null,
  previewAt: new Date().toISOString(),
  lighting: 'shop',
  tab: 'promotions',
  openPromotion: null,
  customModels: {},
  report: null,
  setReport: (report) => set({ report }),
  selectProduct: (selectedProductId) => set({ selectedProductId }),
  setPreviewAt: (previewAt) => set({ previewAt }),
  setLighting: (lighting) => set({ lighting }),
  setTab: (tab) => set({ tab }),
  openPromotionEditor: (openPromotion) => set({ openPromotion }),
  setCustomModel: (productId, model) =>
    set((state) => {
      const previous = state.customModels[productId];
      // Blob URLs hold the file in memory until revoked.
      if (previous && previous.url !== model?.url) URL.revokeObjectURL(previous.url);
      const customModels = { ...state.customModels };
      if (model) customModels[productId] = model;
      else delete customModels[productId];
      return { customModels };
    }),
});
