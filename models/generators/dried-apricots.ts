import { createProductDocument, instancedParts, type MaterialSpec } from '../document';
import { dropHeap } from '../geometry/heap';
import { lathe } from '../geometry/lathe';
import type { MeshData } from '../geometry/mesh-data';
import { rectTray } from '../geometry/tray';
import { createNoise3 } from '../noise';
import type { ProductGenerator } from '../product-generator';
import { createPrng, seedFromId, type Prng } from '../prng';
import { encodePng, hex, mix } from '../textures/png';

const ID = 'dried-apricots';
const [HALF_WIDTH, HALF_DEPTH, TRAY_HEIGHT, WALL] = [0.08, 0.06, 0.02, 0.003]; // 16 x 12 cm kraft tray

/** Orange flesh with amber folds and a few darker sugar spots. */
function fleshTexture(seed: number): Uint8Array {
  const noise = createNoise3(seed);
  const [orange, amber, deep] = [hex('#d95a06'), hex('#f08a1a'), hex('#8a3206')];
  const size = 64;
  return encodePng(size, size, (x, y) => {
    const [cx, cz] = [Math.cos((x / size) * Math.PI * 2), Math.sin((x / size) * Math.PI * 2)];
    const fold = noise(cx * 4, cz * 4, y / 9);
    return mix(mix(orange, amber, fold + 0.3), deep, Math.abs(fold) < 0.08 ? 0.5 : 0);
  });
}

/** A dried apricot half: a flattened, slightly cupped disc with a wavy, pressed outline. */
function apricot(prng: Prng): MeshData {
  const noise = createNoise3(Math.floor(prng.next() * 1e9));
  const [r, h] = [prng.range(0.016, 0.019), prng.range(0.0075, 0.009)];
  return lathe(
    (t, angle) => {
      const phi = t * Math.PI;
      const wave = 1 + 0.14 * noise(Math.sin(angle) * 2.5, Math.cos(angle) * 2.5, t * 2);
      const cup = 0.004 * Math.sin(phi) ** 2; // the rim lifts, the middle sags
      return { radius: r * Math.sin(phi) * wave, y: -h * Math.cos(phi) + cup - 0.003 * Math.sin(phi) ** 8 };
    },
    12,
    7,
  );
}

function generate() {
  const seed = seedFromId(ID);
  const prng = createPrng(seed);
  const flesh: MaterialSpec = {
    name: 'apricot',
    color: '#ffffff',
    roughness: 0.4,
    texture: fleshTexture(seed),
  };
  const kraft: MaterialSpec = { name: 'kraft', color: '#b58a5a', roughness: 0.9 };
  const radii = Array.from({ length: 26 }, () => 0.012);
  // Pieces are wider than their drop spheres: keep them a little further from the walls.
  const centres = dropHeap(prng, {
    radii,
    halfWidth: HALF_WIDTH - WALL - 0.008,
    halfDepth: HALF_DEPTH - WALL - 0.008,
    floorY: WALL - 0.004,
    snugness: 0.8,
  });
  return createProductDocument(ID, [
    { material: kraft, mesh: rectTray(HALF_WIDTH, HALF_DEPTH, TRAY_HEIGHT, WALL) },
    ...instancedParts(
      flesh,
      [apricot(prng), apricot(prng), apricot(prng)],
      // Flat pieces lean on each other: tilt grows with how high a piece landed.
      centres.map(([x, y, z]) => {
        const tilt = 0.15 + y * 10;
        return {
          rotation: [prng.range(-tilt, tilt), prng.range(0, Math.PI * 2), prng.range(-tilt, tilt)],
          translation: [x, y, z],
        };
      }),
    ),
  ]);
}

export const driedApricots: ProductGenerator = { id: ID, generate };
