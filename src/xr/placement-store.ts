import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** A product put down in the room. Pose in the XR reference space (metres, radians). */
export interface Placement {
  key: number;
  productId: string;
  position: [number, number, number];
  /** Turn about the vertical axis, set by dragging. */
  rotationY: number;
  anchor: XRAnchor | null;
}

export interface PlacementState {
  placements: Placement[];
  selectedKey: number | null;
  /** What the next tap places. */
  nextProductId: string | null;
  /** Whether the reticle currently sits on a surface (changes a few times a session, not per frame). */
  surfaceFound: boolean;
  place(productId: string, position: [number, number, number], anchor: XRAnchor | null): number;
  select(key: number | null): void;
  rotate(key: number, rotationY: number): void;
  remove(key: number): void;
  setNextProduct(productId: string): void;
  setSurfaceFound(found: boolean): void;
  reset(): void;
}

/** State creator, exported so tests can build a fresh store. */
export const createPlacementStore = () =>
  createStore<PlacementState>()((set, get) => ({
    placements: [],
    selectedKey: null,
    nextProductId: null,
    surfaceFound: false,
    place(productId, position, anchor) {
      const key = (get().placements.at(-1)?.key ?? 0) + 1;
      set((state) => ({
        placements: [...state.placements, { key, productId, position, rotationY: 0, anchor }],
        selectedKey: key,
      }));
      return key;
    },
    select: (selectedKey) => set({ selectedKey }),
    rotate: (key, rotationY) =>
      set((state) => ({
        placements: state.placements.map((p) => (p.key === key ? { ...p, rotationY } : p)),
      })),
    remove(key) {
      get()
        .placements.find((p) => p.key === key)
        ?.anchor?.delete();
      set((state) => ({
        placements: state.placements.filter((p) => p.key !== key),
        selectedKey: state.selectedKey === key ? null : state.selectedKey,
      }));
    },
    setNextProduct: (nextProductId) => set({ nextProductId }),
    setSurfaceFound: (surfaceFound) => set({ surfaceFound }),
    reset() {
      for (const placement of get().placements) placement.anchor?.delete();
      set({ placements: [], selectedKey: null, surfaceFound: false });
    },
  }));

/** The one placement store of the shopper AR surface. */
export const placementStore = createPlacementStore();

export function usePlacement<T>(selector: (state: PlacementState) => T): T {
  return useStore(placementStore, selector);
}

/** Per-frame hit-test facts, mutated in place by the reticle (never React state). */
export const hitTestStats = { active: false, hits: 0, lastHitAt: 0 };
