import { createProductDocument, instancedParts, type MaterialSpec } from '../document';
import { dropHeap } from '../geometry/heap';
import { lathe } from '../geometry/lathe';
import type { MeshData, Vec3 } from '../geometry/mesh-data';
import { createNoise3, fbm, type Noise3 } from '../noise';
import type { ProductGenerator } from '../product-generator';
import { createPrng, seedFromId, type Prng } from '../prng';
import { encodePng, hex, mix } from '../textures/png';

const ID = 'paper-shell-walnuts';

/**
 * Furrow field over the shell's (u, v): ~0 on a furrow line, larger between. Sampled on a cylinder so it
 * wraps at the u seam. Shared by the texture (dark furrows) and the geometry (dents), so they line up.
 */
function furrows(noise: Noise3, u: number, v: number, frequency: number): number {
  const [cx, cz] = [Math.cos(u * Math.PI * 2), Math.sin(u * Math.PI * 2)];
  return Math.abs(fbm(noise, cx * frequency, cz * frequency, v * frequency * 1.6, 2));
}

/** Light tan shell with a network of dark furrows. */
function shellTexture(noise: Noise3): Uint8Array {
  const [tan, light, furrow] = [hex('#c0925a'), hex('#e0bd86'), hex('#5e3a1c')];
  const size = 64;
  return encodePng(size, size, (x, y) => {
    const f = furrows(noise, x / size, y / size, 4.5);
    return mix(mix(tan, light, f * 4), furrow, 1 - f * 18);
  });
}

/**
 * A walnut: an egg with a pointed tip, a raised seam around its long axis, and dents following the
 * coarse part of the texture's furrows (the mesh is too coarse for the fine ones).
 */
function walnut(prng: Prng, noise: Noise3): MeshData {
  const [r, h] = [prng.range(0.0155, 0.017), prng.range(0.0175, 0.019)];
  return lathe(
    (t, angle) => {
      const phi = t * Math.PI;
      const cy = Math.cos(phi);
      const dent = Math.exp(-((furrows(noise, angle / (Math.PI * 2), 1 - t, 4.5) * 8) ** 2));
      const seam = 0.08 * Math.exp(-(Math.cos(angle) ** 2) / 0.012) * Math.sin(phi);
      const tip = 1 - 0.18 * Math.max(0, cy) ** 3; // pointed at the top (t = 1, cy = -1 ... see y below)
      return { radius: r * Math.sin(phi) * (1 - 0.09 * dent + seam) * tip, y: -h * cy };
    },
    24,
    14,
  );
}

function generate() {
  const seed = seedFromId(ID);
  const prng = createPrng(seed);
  const noise = createNoise3(seed);
  const shell: MaterialSpec = {
    name: 'shell',
    color: '#ffffff',
    roughness: 0.75,
    texture: shellTexture(noise),
  };
  const centres = dropHeap(prng, {
    radii: Array.from({ length: 7 }, () => 0.0165),
    halfWidth: 0.05,
    floorY: 0,
  });
  const variants = [walnut(prng, noise), walnut(prng, noise), walnut(prng, noise)];
  const placements = centres.map((translation) => ({
    rotation: [prng.range(0, Math.PI * 2), prng.range(0, Math.PI * 2), prng.range(0, Math.PI * 2)] as Vec3,
    translation,
  }));
  return createProductDocument(ID, instancedParts(shell, variants, placements));
}

export const paperShellWalnuts: ProductGenerator = { id: ID, generate };
