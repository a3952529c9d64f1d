import type { Document } from '@gltf-transform/core';

/** A product's model generator: deterministic, real-scale, standing on y = 0. */
export interface ProductGenerator {
  /** Catalog product id; the model is written to public/models/<id>.glb. */
  id: string;
  /** Builds the unoptimized document (float attributes). Must give identical output on every call. */
  generate(): Document;
}
