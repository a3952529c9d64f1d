import type { StateCreator } from 'zustand';
import { setLineQty, type CartLine } from '../../domain/cart/cart-lines';
import type { ShelfsightState } from '../store';

export interface CartSlice {
  cartLines: CartLine[];
  /** Set when the saved cart could not be read and was replaced by an empty one. */
  cartRecovered: boolean;
  addToCart: (productId: string, qty?: number) => void;
  setCartQty: (productId: string, qty: number) => void;
  clearCart: () => void;
  dismissCartRecovered: () => void;
}

export const createCartSlice: StateCreator<ShelfsightState, [], [], CartSlice> = (set) => ({
  cartLines: [],
  cartRecovered: false,
  addToCart: (productId, qty = 1) =>
    set((state) => {
      const current = state.cartLines.find((line) => line.productId === productId)?.qty ?? 0;
      return { cartLines: setLineQty(state.cartLines, productId, current + qty) };
    }),
  setCartQty: (productId, qty) =>
    set((state) => ({ cartLines: setLineQty(state.cartLines, productId, qty) })),
  clearCart: () => set({ cartLines: [] }),
  dismissCartRecovered: () => set({ cartRecovered: false }),
});
