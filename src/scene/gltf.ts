import type { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/** Our models are meshopt-compressed and quantized (see models/); the decoder ships in our bundle. */
export function withMeshopt(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

/** Catalog asset paths are relative to the site root, whatever route the page is on. */
export function assetUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}
