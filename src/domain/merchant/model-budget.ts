/** What the audit measures in a product model. */
export interface ModelStats {
  bytes: number;
  triangles: number;
  drawCalls: number;
  materials: number;
  /** Pixel size of every distinct texture image. */
  textures: { width: number; height: number }[];
  /** Bounding box in metres (x = width, y = height, z = depth). */
  size: { x: number; y: number; z: number };
}

/** Budgets for a product model on a store's weak network and a mid-range phone. */
export const modelBudgets = {
  bytes: 40 * 1024,
  triangles: 5000,
  materials: 3,
  /** Longest texture side in pixels (256² at most). */
  textureSide: 256,
  /** Draw calls: one per material is what a product needs. */
  drawCalls: 3,
} as const;

export type BudgetMetric = keyof typeof modelBudgets;

export interface BudgetCheck {
  metric: BudgetMetric;
  value: number;
  budget: number;
  ok: boolean;
}

/**
 * Compares a model's measurements with `modelBudgets`, one check per metric, in display order. A model
 * without textures passes the texture check (its largest side is 0).
 */
export function checkModelBudgets(stats: ModelStats): BudgetCheck[] {
  const largestTexture = stats.textures.reduce(
    (side, texture) => Math.max(side, texture.width, texture.height),
    0,
  );
  const values: Record<BudgetMetric, number> = {
    bytes: stats.bytes,
    triangles: stats.triangles,
    drawCalls: stats.drawCalls,
    materials: stats.materials,
    textureSide: largestTexture,
  };
  const order: BudgetMetric[] = ['bytes', 'triangles', 'drawCalls', 'materials', 'textureSide'];
  return order.map((metric) => ({
    metric,
    value: values[metric],
    budget: modelBudgets[metric],
    ok: values[metric] <= modelBudgets[metric],
  }));
}

/** First bytes of a binary glTF: "glTF" in ASCII, read little-endian. */
const glbMagic = 0x46546c67;

/**
 * Checks the 12-byte GLB header before anything parses the file: magic "glTF", version 2, and a declared
 * length equal to the file's. Returns the reason a file is not a usable .glb, or null.
 */
export function glbHeaderProblem(bytes: Uint8Array): string | null {
  if (bytes.byteLength < 20) return 'file is too short to be a .glb';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== glbMagic) return 'not a binary glTF (.glb) file';
  const version = view.getUint32(4, true);
  if (version !== 2) return `glTF version ${version} is not supported (needs 2)`;
  const length = view.getUint32(8, true);
  if (length !== bytes.byteLength)
    return `file is truncated or padded: header says ${length} bytes, file has ${bytes.byteLength}`;
  return null;
}
