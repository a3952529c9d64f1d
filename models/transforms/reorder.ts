import type { Document, Transform } from '@gltf-transform/core';
import { assignDefaults, createTransform, reorder as reorderPrimitives } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

const NAME = 'shelfsightReorder';

/** Options for {@link reorder}. */
export interface ReorderOptions {
  /** 'size' orders for the smallest meshopt stream; 'performance' for the GPU vertex cache. */
  target?: 'size' | 'performance';
}

export const REORDER_DEFAULTS: Required<ReorderOptions> = { target: 'size' };

/**
 * Reorders triangles and vertices with meshoptimizer. Our models are tiny and downloaded over mobile
 * networks, so transmission size matters more than vertex-cache hits: the default target is 'size'.
 *
 * @example await doc.transform(reorder());
 */
export function reorder(_options: ReorderOptions = REORDER_DEFAULTS): Transform {
  const options = assignDefaults(REORDER_DEFAULTS, _options);
  return createTransform(NAME, async (doc: Document): Promise<void> => {
    await MeshoptEncoder.ready;
    await doc.transform(reorderPrimitives({ encoder: MeshoptEncoder, target: options.target }));
  });
}
