import type { Document, Transform } from '@gltf-transform/core';
import { EXTMeshoptCompression } from '@gltf-transform/extensions';
import { assignDefaults, createTransform } from '@gltf-transform/functions';

const NAME = 'shelfsightMeshoptCompress';

/** Options for {@link meshoptCompress}. */
export interface MeshoptCompressOptions {
  /**
   * 'filter' adds meshopt's octahedral/quaternion filters on top of quantization (smaller); 'quantize'
   * only byte-packs the already-quantized streams.
   */
  method?: 'filter' | 'quantize';
}

export const MESHOPT_COMPRESS_DEFAULTS: Required<MeshoptCompressOptions> = { method: 'filter' };

/**
 * Marks buffers for EXT_meshopt_compression. Compression itself happens when NodeIO writes, which needs
 * `meshopt.encoder` registered (see `writeGlb` in build.ts). Run after weld, reorder and quantize: meshopt
 * compresses ordered, quantized streams far better than raw floats. The extension is required, so loaders
 * must register a decoder (three: `GLTFLoader.setMeshoptDecoder`).
 *
 * @example await doc.transform(weld(), reorder(), quantize(), meshoptCompress());
 */
export function meshoptCompress(_options: MeshoptCompressOptions = MESHOPT_COMPRESS_DEFAULTS): Transform {
  const options = assignDefaults(MESHOPT_COMPRESS_DEFAULTS, _options);
  return createTransform(NAME, (doc: Document): void => {
    const method =
      options.method === 'filter'
        ? EXTMeshoptCompression.EncoderMethod.FILTER
        : EXTMeshoptCompression.EncoderMethod.QUANTIZE;
    doc.createExtension(EXTMeshoptCompression).setRequired(true).setEncoderOptions({ method });
  });
}
