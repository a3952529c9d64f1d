import type { Document, Transform } from '@gltf-transform/core';
import { assignDefaults, createTransform, quantize as quantizeAttributes } from '@gltf-transform/functions';

const NAME = 'shelfsightQuantize';

/** Options for {@link quantize}: bits per attribute. */
export interface QuantizeOptions {
  /** 14 bits over a 30 cm box is ~0.02 mm: far below what a phone can show. */
  positionBits?: number;
  /** 8 bits is what meshopt's octahedral normal filter stores anyway. */
  normalBits?: number;
  /** 12 bits addresses 256 px textures with 16x sub-texel precision. */
  texcoordBits?: number;
}

export const QUANTIZE_DEFAULTS: Required<QuantizeOptions> = {
  positionBits: 12,
  normalBits: 8,
  texcoordBits: 10,
};

/**
 * Stores vertex attributes as normalized integers (KHR_mesh_quantization). Bounds move into the node's
 * scale/translation ('mesh' volume), which three applies without any extra loader code.
 *
 * @example await doc.transform(quantize({ positionBits: 12 }));
 */
export function quantize(_options: QuantizeOptions = QUANTIZE_DEFAULTS): Transform {
  const options = assignDefaults(QUANTIZE_DEFAULTS, _options);
  return createTransform(NAME, async (doc: Document): Promise<void> => {
    await doc.transform(
      quantizeAttributes({
        quantizationVolume: 'mesh',
        quantizePosition: options.positionBits,
        quantizeNormal: options.normalBits,
        quantizeTexcoord: options.texcoordBits,
      }),
    );
  });
}
