import type { LightingPreset } from '../../merchant/slices/view';

export interface LightingSpec {
  background: string;
  environment: number;
  ambient: number;
  key: { color: string; intensity: number; position: [number, number, number] };
}

/**
 * Three looks a shelf is seen in: the shop's neutral fluorescent light, cool daylight by the door, and warm
 * evening bulbs at the night market. The environment map stays the same; only its strength and the key light
 * change, so switching is free (nothing is regenerated).
 */
export const lightingSpecs: Record<LightingPreset, LightingSpec> = {
  shop: {
    background: '#eceae6',
    environment: 1,
    ambient: 0.25,
    key: { color: '#ffffff', intensity: 0.8, position: [1, 2, 1.5] },
  },
  daylight: {
    background: '#dfe9f3',
    environment: 1.25,
    ambient: 0.35,
    key: { color: '#f4f8ff', intensity: 1.6, position: [-1.5, 3, 1] },
  },
  evening: {
    background: '#2c2621',
    environment: 0.35,
    ambient: 0.12,
    key: { color: '#ffb36b', intensity: 1.4, position: [1.2, 1.2, 0.6] },
  },
};
