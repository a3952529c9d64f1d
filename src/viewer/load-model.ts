import type { Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { decodeImageBitmap, parseGlbLite } from './glb-lite';

export type LoadProgress = (fraction: number) => void;

const cache = new Map<string, Promise<Object3D>>();

/**
 * Loads a product model once per page and shares it: callers clone it (`clone(true)` keeps geometry and
 * materials shared), so a kiosk loop or a shopper flicking between products does not re-download or re-upload.
 * A failed load is forgotten, so the next attempt tries again.
 */
export function loadModel(url: string, onProgress?: LoadProgress): Promise<Object3D> {
  const cached = cache.get(url);
  if (cached) return cached;
  const loading = fetchBytes(url, onProgress).then((data) => parseModel(data, url));
  cache.set(url, loading);
  loading.catch(() => cache.delete(url));
  return loading;
}

/** A model the product page's small parser does not read (see src/viewer/glb-lite.ts for the subset). */
class UnsupportedModelError extends Error {
  constructor(url: string) {
    super(
      `${url}: not a model from our pipeline (meshopt + quantized glTF without animation); run npm run models`,
    );
    this.name = 'UnsupportedModelError';
  }
}

/**
 * Product models go through our pipeline (models/: meshopt, quantization), and the viewer ships only the
 * small parser for what it writes: three's full GLTFLoader would weigh more than the rest of the page's 3D
 * code. Anything else shows the placeholder with an error, and the merchant studio's audit says why.
 */
async function parseModel(data: ArrayBuffer, url: string): Promise<Object3D> {
  const model = await parseGlbLite(data, { decodeImage: decodeImageBitmap, meshopt: MeshoptDecoder });
  if (!model) throw new UnsupportedModelError(url);
  return model;
}

/** Fetches the file, reporting progress when the server says how long it is. */
async function fetchBytes(url: string, onProgress?: LoadProgress): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length'));
  if (!onProgress || !response.body || !(total > 0)) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(Math.min(1, received / total));
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}
