/** Real-world size ranges (metres) each product's model must fall in: [min, max] per axis. */
export interface SizeRange {
  width: [number, number];
  height: [number, number];
  depth: [number, number];
}

// From the product brief (issue 4): what the real product measures, with room for leaves, bows and heaps.
export const EXPECTED_SIZES: Record<string, SizeRange> = {
  'aksu-apple': { width: [0.07, 0.09], height: [0.07, 0.1], depth: [0.07, 0.09] },
  'kashgar-pomegranate': { width: [0.085, 0.105], height: [0.09, 0.115], depth: [0.085, 0.105] },
  'hami-melon': { width: [0.23, 0.28], height: [0.13, 0.18], depth: [0.13, 0.18] },
  'turpan-raisins': { width: [0.18, 0.22], height: [0.25, 0.31], depth: [0.08, 0.2] },
  'hotan-jujubes': { width: [0.18, 0.22], height: [0.03, 0.07], depth: [0.18, 0.22] },
  'paper-shell-walnuts': { width: [0.05, 0.12], height: [0.03, 0.08], depth: [0.05, 0.12] },
  'dried-apricots': { width: [0.14, 0.2], height: [0.02, 0.05], depth: [0.1, 0.15] },
  'double-eleven-gift-box': { width: [0.29, 0.32], height: [0.115, 0.16], depth: [0.19, 0.22] },
};

/** The product ids the catalog uses; every one must have a generator, a model and a poster. */
export const PRODUCT_IDS = Object.keys(EXPECTED_SIZES);

/** Budgets from issue 4. */
export const BUDGET = {
  bytesPerModel: 40 * 1024,
  bytesTotal: 250 * 1024,
  triangles: 5000,
  materials: 3,
  textureSize: 256,
};
