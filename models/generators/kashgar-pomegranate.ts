import { createProductDocument, type MaterialSpec } from '../document';
import { lathe } from '../geometry/lathe';
import { createNoise3 } from '../noise';
import type { ProductGenerator } from '../product-generator';
import { seedFromId } from '../prng';
import { encodePng, hex, mix } from '../textures/png';

const ID = 'kashgar-pomegranate';
const RADIUS = 0.047; // ~9.5 cm across
const NECK = 0.012;
const CROWN_TOP = 0.022; // crown height above where it leaves the fruit
const BODY_END = 0.76; // profile parameter where the body meets the crown

/** Ruby skin with paler, yellow-pink patches; the crown (top rows of the texture) is darker and duller. */
function skinTexture(seed: number): Uint8Array {
  const noise = createNoise3(seed);
  const [ruby, pale, dark, crown] = [hex('#b3152b'), hex('#e08a6a'), hex('#6e0b18'), hex('#7a2a22')];
  const size = 64;
  return encodePng(size, size, (x, y) => {
    const [u, v] = [x / size, 1 - y / size]; // v = 0 at the bottom, as the profile parameter t
    const [cx, cz] = [Math.cos(u * Math.PI * 2), Math.sin(u * Math.PI * 2)];
    const patch = noise(cx * 1.8, cz * 1.8, v * 3) + 0.4 * noise(cx * 5, cz * 5, v * 7);
    const skin = mix(mix(ruby, pale, patch * 1.2 - 0.15), dark, -patch - 0.3);
    return mix(skin, crown, (v - BODY_END + 0.03) * 20);
  });
}

/** Six pointed sepals: 1 at each tooth tip, 0 between them. */
function tooth(angle: number): number {
  return Math.abs(Math.cos(angle * 3)) ** 4;
}

/**
 * One continuous profile: a slightly six-faced, squat sphere that narrows into the calyx neck, flares into a
 * toothed crown and folds back down inside it. One lathe keeps the crown seamless with the fruit.
 */
function profile(t: number, angle: number): { radius: number; y: number } {
  const lobes = 1 + 0.025 * Math.cos(angle * 6);
  const phiEnd = Math.PI - Math.asin(NECK / RADIUS);
  if (t <= BODY_END) {
    const phi = (t / BODY_END) * phiEnd;
    const flatBottom = 1 - 0.08 * Math.exp(-(phi ** 2) / 0.3);
    return { radius: RADIUS * Math.sin(phi) * lobes, y: -RADIUS * Math.cos(phi) * 0.9 * flatBottom };
  }
  const neckY = -RADIUS * Math.cos(phiEnd) * 0.9;
  const s = (t - BODY_END) / (1 - BODY_END);
  const tip = tooth(angle);
  if (s <= 0.6) {
    // Up and outwards: the sepals lean out at their tips.
    const k = s / 0.6;
    return {
      radius: NECK * lobes * (1 - 0.15 * Math.sin(k * Math.PI)) + k * k * (0.004 + 0.005 * tip),
      y: neckY + k * (CROWN_TOP * (0.55 + 0.45 * tip)),
    };
  }
  // Over the rim and down inside to the axis.
  const k = (s - 0.6) / 0.4;
  const rim = NECK + 0.004 + 0.005 * tip;
  return {
    radius: rim * (1 - k) * (1 - 0.1 * k),
    y: neckY + CROWN_TOP * (0.55 + 0.45 * tip) * (1 - k) + k * 0.004 - 0.002 * Math.sin(k * Math.PI),
  };
}

function generate() {
  const seed = seedFromId(ID);
  const skin: MaterialSpec = { name: 'skin', color: '#ffffff', roughness: 0.5, texture: skinTexture(seed) };
  return createProductDocument(ID, [{ material: skin, mesh: lathe(profile, 48, 40) }]);
}

export const kashgarPomegranate: ProductGenerator = { id: ID, generate };
