import { createProductDocument, instancedParts, type MaterialSpec } from '../document';
import { box } from '../geometry/box';
import { dropHeap } from '../geometry/heap';
import { lathe } from '../geometry/lathe';
import type { MeshData } from '../geometry/mesh-data';
import { parametric } from '../geometry/parametric';
import { createNoise3 } from '../noise';
import type { ProductGenerator } from '../product-generator';
import { createPrng, seedFromId, type Prng } from '../prng';
import { textMask, textWidth } from '../textures/font';
import { encodePng, hex, mix, type Rgb } from '../textures/png';

const ID = 'turpan-raisins';
// A 1 kg stand-up pouch: 20 cm wide, 28 cm tall, 10 cm gusset at the bottom.
const [HALF_WIDTH, HEIGHT, HALF_GUSSET] = [0.1, 0.28, 0.05];

/** Raisins seen through the label window: jittered, tilted ellipses, green or gold, with a highlight. */
function raisinWindow(prng: Prng): (x: number, y: number) => Rgb | undefined {
  const [green, gold, gap] = [hex('#8f9a34'), hex('#c9973a'), hex('#3a2a10')];
  const raisins = Array.from({ length: 63 }, (_, i) => ({
    x: 36 + (i % 9) * 7 + prng.range(-1.5, 1.5) + (Math.floor(i / 9) % 2) * 3,
    y: 37 + Math.floor(i / 9) * 8 + prng.range(-1.5, 1.5),
    angle: prng.range(0, Math.PI),
    colour: mix(green, gold, prng.next() < 0.5 ? prng.range(0, 0.3) : prng.range(0.7, 1)),
  }));
  return (x, y) => {
    if (y < 34 || y >= 92 || x < 34 || x >= 94) return undefined;
    for (const r of raisins) {
      const [dx, dy] = [x - r.x, y - r.y];
      const a = (dx * Math.cos(r.angle) + dy * Math.sin(r.angle)) / 4.6;
      const b = (-dx * Math.sin(r.angle) + dy * Math.cos(r.angle)) / 3.2;
      const d = a * a + b * b;
      if (d < 1) return mix(r.colour, hex('#f2e6a0'), Math.max(0, 0.6 - Math.hypot(a + 0.35, b + 0.35)));
    }
    return gap;
  };
}

/**
 * The pouch print, wrapped once around the bag: u 0..0.5 is the front (label), u 0.5..1 the plain back.
 * Front: green pouch, "TURPAN" on top, a window full of green-gold raisins, a gold "1KG" band below.
 */
function pouchTexture(prng: Prng): Uint8Array {
  const [width, height] = [256, 128];
  const [green, gold, cream] = [hex('#2f6b3a'), hex('#d9aa3a'), hex('#f4ecd2')];
  // The front is x < 128; its outer quarters curve round the sides, so text stays in the middle.
  const title = textMask('TURPAN', 64 - textWidth('TURPAN', 2) / 2, 13, 2);
  const weight = textMask('1KG', 64 - textWidth('1KG', 2) / 2, 99, 2);
  const window = raisinWindow(prng);
  return encodePng(width, height, (x, y) => {
    if (x >= 128) return mix(green, hex('#1f4a28'), 0.3);
    if (title(x, y) || weight(x, y)) return cream;
    if (y >= 95 && y < 116) return gold;
    return window(x, y) ?? green;
  });
}

/**
 * The pouch: a bottom gusset that rounds into the walls, an oval section that flattens to a seal at the top.
 * u runs around (front centre at u = 0.25), v from the bottom centre to the top edge.
 */
function pouch(): MeshData {
  const bottom = 0.08;
  return parametric(
    (u, v) => {
      const angle = u * Math.PI * 2 - Math.PI / 2;
      const curl = v < bottom ? Math.sin((v / bottom) * (Math.PI / 2)) : 1;
      const h =
        v < bottom
          ? 0.02 * (1 - Math.cos((v / bottom) * (Math.PI / 2)))
          : 0.02 + ((v - bottom) / (1 - bottom)) * (HEIGHT - 0.035);
      const k = Math.max(0, (h - 0.02) / (HEIGHT - 0.035));
      const depth = HALF_GUSSET * Math.max(0.08, Math.cos(k * Math.PI * 0.5) ** 0.8);
      const width = HALF_WIDTH * (0.94 + 0.06 * Math.sin(k * Math.PI));
      return [width * curl * Math.sin(angle), h, depth * curl * Math.cos(angle)];
    },
    32,
    18,
  );
}

function raisin(prng: Prng): MeshData {
  const noise = createNoise3(Math.floor(prng.next() * 1e9));
  const [r, h] = [prng.range(0.0045, 0.006), prng.range(0.006, 0.008)];
  return lathe(
    (t, angle) => {
      const phi = t * Math.PI;
      const wrinkle = 1 + 0.12 * noise(Math.sin(angle) * 3, Math.cos(angle) * 3, t * 4);
      return { radius: r * Math.sin(phi) * wrinkle, y: -h * Math.cos(phi) };
    },
    8,
    6,
  );
}

function generate() {
  const prng = createPrng(seedFromId(ID));
  const print: MaterialSpec = {
    name: 'pouch',
    color: '#ffffff',
    roughness: 0.35,
    texture: pouchTexture(prng),
  };
  const seal: MaterialSpec = { name: 'seal', color: '#c9a03a', roughness: 0.35, metallic: 0.6 };
  const fruit: MaterialSpec = { name: 'raisin', color: '#86782a', roughness: 0.5 };
  const sealY = HEIGHT - 0.035 + 0.02;
  const centres = dropHeap(prng, {
    radii: Array.from({ length: 14 }, () => 0.006),
    halfWidth: 0.035,
    floorY: 0,
  });
  return createProductDocument(ID, [
    { material: print, mesh: pouch() },
    {
      material: seal,
      mesh: box([-HALF_WIDTH * 0.95, sealY - 0.012, -0.0045], [HALF_WIDTH * 0.95, sealY + 0.014, 0.0045]),
    },
    ...instancedParts(
      fruit,
      [raisin(prng), raisin(prng)],
      centres.map(([x, y, z]) => ({
        rotation: [Math.PI / 2, prng.range(0, Math.PI * 2), 0],
        translation: [x, y, z + HALF_GUSSET + 0.045],
      })),
    ),
  ]);
}

export const turpanRaisins: ProductGenerator = { id: ID, generate };
