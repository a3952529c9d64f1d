import type { Document, Transform } from '@gltf-transform/core';
import { assignDefaults, createTransform, weld as weldPrimitives } from '@gltf-transform/functions';

const NAME = 'shelfsightWeld';

/** Options for {@link weld}. */
export interface WeldOptions {
  /** Re-index primitives that already have indices (ours always do: generators emit indexed grids). */
  overwrite?: boolean;
}

export const WELD_DEFAULTS: Required<WeldOptions> = { overwrite: true };

/**
 * Merges bitwise-identical vertices. Generators emit shared-corner grids but merged parts and flat box
 * faces can repeat vertices; welding first gives reorder and meshopt fewer, better-shared vertices.
 *
 * @example await doc.transform(weld());
 */
export function weld(_options: WeldOptions = WELD_DEFAULTS): Transform {
  const options = assignDefaults(WELD_DEFAULTS, _options);
  return createTransform(NAME, async (doc: Document): Promise<void> => {
    await doc.transform(weldPrimitives({ overwrite: options.overwrite }));
  });
}
