import { createProductDocument, type MaterialSpec } from '../document';
import { lathe, latheProfile } from '../geometry/lathe';
import { placeMesh } from '../geometry/mesh-data';
import { parametric } from '../geometry/parametric';
import { createNoise3 } from '../noise';
import type { ProductGenerator } from '../product-generator';
import { seedFromId } from '../prng';
import { encodePng, hex, mix } from '../textures/png';

const ID = 'aksu-apple';
const RADIUS = 0.04; // 8 cm across, the size Aksu apples are sold at

/**
 * Deep red over yellow, broken by fine irregular yellow streaks that run stem to calyx and widen towards
 * the bottom: the Aksu "ice-sugar heart" look. Noise is sampled on a circle so the u seam matches.
 */
function skinTexture(seed: number): Uint8Array {
  const noise = createNoise3(seed);
  const [yellow, red, deep] = [hex('#f2c64e'), hex('#c4161f'), hex('#86101a')];
  const [width, height] = [128, 64];
  return encodePng(width, height, (x, y) => {
    const [u, v] = [x / width, y / height]; // v = 0 at the stem
    const [cx, cz] = [Math.cos(u * Math.PI * 2), Math.sin(u * Math.PI * 2)];
    const streak = noise(cx * 9, cz * 9, v * 1.2) * 0.7 + noise(cx * 22, cz * 22, v * 2) * 0.3;
    const patch = noise(cx * 2, cz * 2, v * 2 + 5);
    // More yellow shows through near the calyx and on the shaded side (patch < 0).
    const yellowness = streak * 1.6 + v * 0.9 - 0.55 - patch * 0.5;
    const base = mix(deep, red, 0.5 + streak + patch * 0.5);
    return mix(base, yellow, Math.max(0, Math.min(1, yellowness * 1.8)));
  });
}

/** Sphere squashed a little, wider at the shoulders, with a stem cavity on top and a calyx dimple below. */
function body(seed: number) {
  const noise = createNoise3(seed);
  return lathe(
    (t, angle) => {
      const phi = t * Math.PI;
      const shoulder = 1 + 0.04 * Math.sin(phi) * (1 - Math.cos(phi));
      const wobble = 1 + 0.025 * noise(Math.sin(angle) * 2, Math.cos(angle) * 2, t * 3);
      const top = 0.3 * Math.exp(-((Math.PI - phi) ** 2) / 0.12);
      const bottom = 0.16 * Math.exp(-(phi ** 2) / 0.1);
      return {
        radius: RADIUS * Math.sin(phi) * shoulder * wobble,
        y: RADIUS * (-Math.cos(phi) * 0.98 - top + bottom),
      };
    },
    40,
    28,
  );
}

function leaf() {
  const [length, width, thickness] = [0.042, 0.012, 0.0012];
  return parametric(
    (u, v) => {
      const half = width * Math.sin(Math.PI * v) ** 0.9 * (1 - 0.3 * v);
      const angle = -u * Math.PI * 2;
      const curl = 0.006 * Math.sin(Math.PI * v) - 0.01 * v * v; // droops towards the tip
      return [
        half * Math.cos(angle),
        // Halves fold up from the midrib a little, as real leaves do.
        curl + thickness * Math.sin(Math.PI * v) * Math.sin(angle) + 0.25 * Math.abs(half * Math.cos(angle)),
        length * v,
      ];
    },
    12,
    12,
  );
}

function generate() {
  const seed = seedFromId(ID);
  const skin: MaterialSpec = { name: 'skin', color: '#ffffff', roughness: 0.42, texture: skinTexture(seed) };
  const stemMaterial: MaterialSpec = { name: 'stem', color: '#5b3a1d', roughness: 0.8 };
  const leafMaterial: MaterialSpec = { name: 'leaf', color: '#4d8a2a', roughness: 0.6 };
  const topY = RADIUS * (0.98 - 0.3);
  const stem = latheProfile(
    [
      [0, 0],
      [0.0018, 0],
      [0.0013, 0.021],
      [0.0019, 0.022],
      [0, 0.0225],
    ],
    8,
  );
  return createProductDocument(ID, [
    { material: skin, mesh: body(seed) },
    {
      material: stemMaterial,
      mesh: placeMesh(stem, { rotation: [0.15, 0, -0.2], translation: [0, topY - 0.002, 0] }),
    },
    {
      material: leafMaterial,
      mesh: placeMesh(leaf(), { rotation: [-0.3, 1.9, 0], translation: [0.001, topY + 0.013, 0] }),
    },
  ]);
}

export const aksuApple: ProductGenerator = { id: ID, generate };
