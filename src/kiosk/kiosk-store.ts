import { createStore } from 'zustand/vanilla';
import { maxLineQty, setLineQty, type CartLine } from '../domain/cart/cart-lines';

export type KioskMode = 'attract' | 'touch';

export interface KioskState {
  mode: KioskMode;
  /** Products shown by the attract loop since start (the loop position is this modulo the loop length). */
  advances: number;
  /** The product on the stage in touch mode. */
  selectedId: string | null;
  /** The kiosk's own cart: never persisted, never mixed with a shopper's cart, emptied on every reset. */
  lines: CartLine[];
  /** Idle resets since start (for staff diagnostics and tests). */
  resets: number;
  /** The last loop position whose product was actually drawn (the dwell starts then). */
  shown: number;
  markShown: (advances: number) => void;
  touch: (productId?: string) => void;
  advance: () => void;
  select: (productId: string) => void;
  add: (productId: string, stock: number) => void;
  setQty: (productId: string, qty: number, stock: number) => void;
  reset: () => void;
}

/** Builds a kiosk store; the app uses the one below, tests build their own. */
export function createKioskStore() {
  return createStore<KioskState>()((set) => ({
    mode: 'attract',
    advances: 0,
    selectedId: null,
    lines: [],
    resets: 0,
    shown: -1,
    markShown: (advances) => set({ shown: advances }),
    touch: (productId) => set((state) => ({ mode: 'touch', selectedId: productId ?? state.selectedId })),
    advance: () => set((state) => (state.mode === 'attract' ? { advances: state.advances + 1 } : {})),
    select: (productId) => set({ mode: 'touch', selectedId: productId }),
    add: (productId, stock) =>
      set((state) => {
        const current = state.lines.find((line) => line.productId === productId)?.qty ?? 0;
        const qty = Math.min(current + 1, stock, maxLineQty);
        return {
          mode: 'touch',
          lines: qty > current ? setLineQty(state.lines, productId, qty) : state.lines,
        };
      }),
    setQty: (productId, qty, stock) =>
      set((state) => ({ lines: setLineQty(state.lines, productId, Math.min(qty, stock)) })),
    reset: () => set((state) => ({ mode: 'attract', selectedId: null, lines: [], resets: state.resets + 1 })),
  }));
}

export type KioskStore = ReturnType<typeof createKioskStore>;

export const kioskStore = createKioskStore();
