import type { Document } from '@gltf-transform/core';
import { getBounds } from '@gltf-transform/functions';

/** What the budgets and the build table care about in one model. */
export interface ModelStats {
  /** Triangles drawn: instanced meshes count once per node that uses them. */
  triangles: number;
  materials: number;
  /** Largest texture edge in pixels, 0 without textures. */
  maxTextureSize: number;
  /** Metres along x (width), y (height) and z (depth). */
  size: { width: number; height: number; depth: number };
  /** Bounds of the whole scene in world space (node transforms applied, so quantization is undone). */
  min: [number, number, number];
  max: [number, number, number];
}

/** Measures a document; works on generator output and on decoded, quantized GLBs alike. */
export function modelStats(doc: Document): ModelStats {
  const root = doc.getRoot();
  let triangles = 0;
  // Counted per node, not per stored mesh: an instanced walnut is drawn (and costs the GPU) every time.
  for (const node of root.listNodes()) {
    for (const prim of node.getMesh()?.listPrimitives() ?? []) {
      const count = prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')?.getCount() ?? 0;
      triangles += count / 3;
    }
  }
  const textureSizes = root.listTextures().flatMap((t) => t.getSize() ?? [0, 0]);
  const { min, max } = getBounds(root.listScenes()[0]!);
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  return {
    triangles,
    materials: root.listMaterials().length,
    maxTextureSize: Math.max(0, ...textureSizes),
    size: { width: round(max[0] - min[0]), height: round(max[1] - min[1]), depth: round(max[2] - min[2]) },
    min: [min[0], min[1], min[2]],
    max: [max[0], max[1], max[2]],
  };
}
