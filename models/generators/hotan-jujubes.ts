import { createProductDocument, instancedParts, type MaterialSpec } from '../document';
import { dropHeap } from '../geometry/heap';
import { lathe } from '../geometry/lathe';
import type { MeshData } from '../geometry/mesh-data';
import { roundTray } from '../geometry/tray';
import { createNoise3 } from '../noise';
import type { ProductGenerator } from '../product-generator';
import { createPrng, seedFromId, type Prng } from '../prng';
import { encodePng, hex, mix } from '../textures/png';

const ID = 'hotan-jujubes';
const TRAY_RADIUS = 0.1; // a 20 cm bamboo tray
const FLOOR = 0.005;

/** Glossy deep red skin with dark lengthwise wrinkles, as on dried Hotan jujubes. */
function skinTexture(seed: number): Uint8Array {
  const noise = createNoise3(seed);
  const [red, dark, shine] = [hex('#9c1c16'), hex('#4a0b0a'), hex('#c2402a')];
  const size = 64;
  return encodePng(size, size, (x, y) => {
    const [cx, cz] = [Math.cos((x / size) * Math.PI * 2), Math.sin((x / size) * Math.PI * 2)];
    // Stretched along v so wrinkles run from end to end.
    const wrinkle = noise(cx * 6, cz * 6, y / 24) + 0.5 * noise(cx * 12, cz * 12, y / 10);
    return mix(mix(red, shine, wrinkle), dark, Math.abs(wrinkle) < 0.12 ? 0.7 : 0);
  });
}

/** Woven bamboo: concentric strands on the floor and rim, crossed by lighter strips. */
function trayTexture(): Uint8Array {
  const [cane, light, gap] = [hex('#c39a5a'), hex('#dcc08a'), hex('#8a6532')];
  return encodePng(64, 32, (x, y) => {
    const strand = y % 4 === 3 ? gap : cane;
    return Math.floor(x / 4 + Math.floor(y / 4)) % 2 === 0 ? strand : mix(strand, light, 0.5);
  });
}

function jujube(prng: Prng): MeshData {
  const noise = createNoise3(Math.floor(prng.next() * 1e9));
  const [r, h] = [prng.range(0.0125, 0.015), prng.range(0.021, 0.025)];
  return lathe(
    (t, angle) => {
      const phi = t * Math.PI;
      const crease = 1 + 0.05 * noise(Math.sin(angle) * 3, Math.cos(angle) * 3, t * 3);
      return { radius: r * Math.sin(phi) * crease * (1 - 0.06 * Math.cos(phi)), y: -h * Math.cos(phi) };
    },
    12,
    9,
  );
}

function generate() {
  const seed = seedFromId(ID);
  const prng = createPrng(seed);
  const skin: MaterialSpec = {
    name: 'jujube',
    color: '#ffffff',
    roughness: 0.32,
    texture: skinTexture(seed),
  };
  const bamboo: MaterialSpec = { name: 'bamboo', color: '#ffffff', roughness: 0.7, texture: trayTexture() };
  const radii = Array.from({ length: 16 }, () => 0.0145);
  const centres = dropHeap(prng, { radii, halfWidth: TRAY_RADIUS - 0.02, floorY: FLOOR, snugness: 0.85 });
  return createProductDocument(ID, [
    { material: bamboo, mesh: roundTray(TRAY_RADIUS, 0.028, 0.004, FLOOR) },
    ...instancedParts(
      skin,
      [jujube(prng), jujube(prng), jujube(prng)],
      // Dates lie on their side (long axis roughly horizontal), pointing any way.
      centres.map(([x, y, z]) => ({
        rotation: [Math.PI / 2 + prng.range(-0.3, 0.3), prng.range(0, Math.PI * 2), prng.range(-0.2, 0.2)],
        translation: [x, y - 0.002, z],
      })),
    ),
  ]);
}

export const hotanJujubes: ProductGenerator = { id: ID, generate };
