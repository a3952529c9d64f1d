import type { StateCreator } from 'zustand';
import { setLineQty, type CartLine } from '../../domain/cart/cart-lines';
import type { ShelfsightState } from '../store';

export interface CartSlice {
  cartLines: CartLine[];
  /** Coupon codes the shopper entered (normalised upper case); the engine decides which applies. */
  cartCoupons: string[];
  /** Set when the saved cart could not be read and was replaced by an empty one. */
  cartRecovered: boolean;
  addToCart: (productId: string, qty?: number) => void;
  setCartQty: (productId: string, qty: number) => void;
  clearCart: () => void;
  addCoupon: (code: string) => void;
  removeCoupon: (code: string) => void;
  /** Replaces the whole cart (a cart handed over from another device or the kiosk). */
  replaceCart: (lines: CartLine[], coupons: string[]) => void;
  dismissCartRecovered: () => void;
}

export const createCartSlice: StateCreator<ShelfsightState, [], [], CartSlice> = (set) => ({
  cartLines: [],
  cartCoupons: [],
  cartRecovered: false,
  addToCart: (productId, qty = 1) =>
    set((state) => {
      const current = state.cartLines.find((line) => line.productId === productId)?.qty ?? 0;
      return { cartLines: setLineQty(state.cartLines, productId, current + qty) };
    }),
  setCartQty: (productId, qty) =>
    set((state) => ({ cartLines: setLineQty(state.cartLines, productId, qty) })),
  clearCart: () => set({ cartLines: [], cartCoupons: [] }),
  addCoupon: (code) =>
    set((state) => {
      const normalised = code.trim().toUpperCase();
      if (!normalised || state.cartCoupons.includes(normalised)) return {};
      return { cartCoupons: [...state.cartCoupons, normalised].slice(-5) };
    }),
  removeCoupon: (code) => set((state) => ({ cartCoupons: state.cartCoupons.filter((c) => c !== code) })),
  replaceCart: (lines, coupons) => set({ cartLines: lines, cartCoupons: coupons }),
  dismissCartRecovered: () => set({ cartRecovered: false }),
});
