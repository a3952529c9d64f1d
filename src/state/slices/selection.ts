import type { StateCreator } from 'zustand';
import type { ShelfsightState } from '../store';

export interface SelectionSlice {
  /** The product the shopper is looking at (product page, AR placement, kiosk). */
  selectedProductId: string | null;
  selectProduct: (productId: string | null) => void;
}

export const createSelectionSlice: StateCreator<ShelfsightState, [], [], SelectionSlice> = (set) => ({
  selectedProductId: null,
  selectProduct: (productId) => set({ selectedProductId: productId }),
});
