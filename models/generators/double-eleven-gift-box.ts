import { createProductDocument, type MaterialSpec } from '../document';
import { box } from '../geometry/box';
import { placeMesh, type MeshData } from '../geometry/mesh-data';
import { parametric } from '../geometry/parametric';
import type { ProductGenerator } from '../product-generator';
import { textMask, textWidth } from '../textures/font';
import { encodePng, hex, mix } from '../textures/png';

const ID = 'double-eleven-gift-box';
// A 2.5 kg assortment box: 30 x 20 cm, 12 cm tall with the lid on.
const [HALF_W, HALF_D, BASE_H, LID_H, LID_LIP] = [0.15, 0.1, 0.112, 0.035, 0.003];
const TOP = BASE_H + LID_LIP;
const RIBBON = 0.0175; // half-width of the ribbon

/** Festive red paper with a thin gold border on every face. */
function paperTexture(): Uint8Array {
  const [red, gold] = [hex('#c8102e'), hex('#e8b64a')];
  return encodePng(64, 32, (x, y) => {
    const edge = Math.min(x, 63 - x, y * 2, (31 - y) * 2);
    return edge === 3 || edge === 4 ? gold : mix(red, hex('#a50d26'), (x + y) % 8 === 0 ? 0.25 : 0);
  });
}

/** The "11.11" card: gold digits on deep red. */
function cardTexture(): Uint8Array {
  const [red, gold] = [hex('#9e0b22'), hex('#f2c14e')];
  const digits = textMask('11.11', (64 - textWidth('11.11', 2)) / 2, 1, 2);
  return encodePng(64, 16, (x, y) => (digits(x, y) || y === 0 || y === 15 ? gold : red));
}

/** One bow loop: a flat band bent around an ellipse, lying along +x from the knot. */
function bowLoop(): MeshData {
  const [length, rise, halfWidth, thickness] = [0.06, 0.026, RIBBON * 0.9, 0.0015];
  return parametric(
    (u, v) => {
      const a = u * Math.PI * 2; // along the band
      const b = -v * Math.PI * 2; // around the flat section
      const [cx, cy] = [(length / 2) * (1 - Math.cos(a)), rise * Math.sin(a) * (1 + 0.2 * Math.cos(a))];
      const [nx, ny] = [Math.sin(a) * rise, Math.cos(a) * (length / 2)];
      const n = Math.hypot(nx, ny) || 1;
      const t = thickness * Math.cos(b);
      // Upper half arches, lower half runs just above the lid; the loop leans up and out so it shows.
      return [
        cx + (t * nx) / n,
        (cy > 0 ? cy : -cy * 0.15) + cx * 0.25 + (t * ny) / n,
        halfWidth * Math.sin(b),
      ];
    },
    24,
    6,
  );
}

function generate() {
  const paper: MaterialSpec = { name: 'paper', color: '#ffffff', roughness: 0.55, texture: paperTexture() };
  // Only half metallic: AR scenes often have no environment map, and a fully metallic ribbon goes dark there.
  const ribbon: MaterialSpec = { name: 'ribbon', color: '#f2c14e', roughness: 0.35, metallic: 0.4 };
  const card: MaterialSpec = { name: 'card', color: '#ffffff', roughness: 0.4, texture: cardTexture() };
  const over = 0.0015; // ribbon sits just proud of the paper
  return createProductDocument(ID, [
    { material: paper, mesh: box([-HALF_W, 0, -HALF_D], [HALF_W, BASE_H, HALF_D]) },
    {
      material: paper,
      mesh: box(
        [-HALF_W - LID_LIP, TOP - LID_H, -HALF_D - LID_LIP],
        [HALF_W + LID_LIP, TOP, HALF_D + LID_LIP],
      ),
    },
    {
      material: ribbon,
      mesh: box([-HALF_W - LID_LIP - over, 0, -RIBBON], [HALF_W + LID_LIP + over, TOP + over, RIBBON]),
    },
    {
      material: ribbon,
      mesh: box([-RIBBON, 0, -HALF_D - LID_LIP - over], [RIBBON, TOP + over, HALF_D + LID_LIP + over]),
    },
    { material: ribbon, mesh: placeMesh(bowLoop(), { rotation: [0, 0.5, 0], translation: [0, TOP, 0] }) },
    {
      material: ribbon,
      mesh: placeMesh(bowLoop(), { rotation: [0, Math.PI + 0.5, 0], translation: [0, TOP, 0] }),
    },
    { material: ribbon, mesh: box([-0.012, TOP, -0.012], [0.012, TOP + 0.014, 0.012]) },
    // "11.11" cards: on the lid beside the ribbon and on the front of the base.
    { material: card, mesh: box([-0.13, TOP, 0.035], [-0.04, TOP + 0.001, 0.06]) },
    { material: card, mesh: box([0.045, 0.035, HALF_D], [0.135, 0.06, HALF_D + 0.001]) },
  ]);
}

export const doubleElevenGiftBox: ProductGenerator = { id: ID, generate };
