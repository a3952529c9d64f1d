import { createProductDocument, type MaterialSpec } from '../document';
import { lathe, latheProfile } from '../geometry/lathe';
import { placeMesh } from '../geometry/mesh-data';
import { createNoise3 } from '../noise';
import type { ProductGenerator } from '../product-generator';
import { createPrng, seedFromId } from '../prng';
import { encodePng, hex, mix } from '../textures/png';

const ID = 'hami-melon';
const HALF_LENGTH = 0.125; // 25 cm long
const RADIUS = 0.078; // ~15.5 cm thick

/**
 * Rind with faint darker stripes from end to end, covered by a pale cork net (tinted greenish-yellow by
 * the material). The net is
 * the edges of a jittered Voronoi grid that wraps around u so the seam does not show.
 */
function rindTexture(seed: number): Uint8Array {
  const prng = createPrng(seed);
  const noise = createNoise3(seed);
  const [cellsU, cellsV, width, height] = [30, 16, 256, 128];
  const points = Array.from({ length: cellsU * cellsV }, (_, i) => [
    (i % cellsU) + 0.05 + 0.9 * prng.next(),
    Math.floor(i / cellsU) + 0.05 + 0.9 * prng.next(),
  ]);
  // Grey levels only: the material's yellow-green factor tints them, and one channel is a third the bytes.
  const [rind, stripe, net] = [hex('#9a9a9a'), hex('#606060'), hex('#ffffff')];
  return encodePng(
    width,
    height,
    (x, y) => {
      const [cu, cv] = [(x / width) * cellsU, (y / height) * cellsV];
      const distances: number[] = [];
      for (const [px, py] of points) {
        let dx = Math.abs(cu - px!);
        dx = Math.min(dx, cellsU - dx);
        distances.push(Math.hypot(dx, cv - py!));
      }
      distances.sort((a, b) => a - b);
      const edge = distances[1]! - distances[0]!; // ~0 on a cell border
      const u = x / width;
      const stripeness = 0.5 + 0.5 * Math.sin(u * Math.PI * 2 * 10 + 2 * noise(u * 4, y / 20, 0));
      const base = mix(rind, stripe, stripeness * 0.45);
      return mix(base, net, Math.max(0, 1 - edge * 6));
    },
    { gray: true },
  );
}

function rind() {
  // Long axis on Y first (lathe), then laid on its side: Hami melons lie on a shelf lengthways.
  const body = lathe(
    (t) => {
      const phi = t * Math.PI;
      return { radius: RADIUS * Math.sin(phi) ** 0.85, y: -HALF_LENGTH * Math.cos(phi) };
    },
    // A smooth ellipsoid needs few rows; the bytes go to the net texture instead.
    32,
    20,
  );
  return placeMesh(body, { rotation: [0, 0, Math.PI / 2] });
}

function generate() {
  const seed = seedFromId(ID);
  const skin: MaterialSpec = { name: 'rind', color: '#e8df8a', roughness: 0.75, texture: rindTexture(seed) };
  const stemMaterial: MaterialSpec = { name: 'stem', color: '#6b6a2e', roughness: 0.85 };
  const stem = latheProfile(
    [
      [0, -0.003],
      [0.007, -0.003],
      [0.005, 0.008],
      [0.0055, 0.012],
      [0, 0.0125],
    ],
    10,
  );
  return createProductDocument(ID, [
    { material: skin, mesh: rind() },
    // The stem scar sits at the -x end, in line with the long axis.
    {
      material: stemMaterial,
      mesh: placeMesh(stem, { rotation: [0, 0, Math.PI / 2], translation: [-HALF_LENGTH, 0, 0] }),
    },
  ]);
}

export const hamiMelon: ProductGenerator = { id: ID, generate };
