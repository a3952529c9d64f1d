import { assetUrl } from '../data/asset-url';
import { modelToUsdz } from '../viewer/to-usdz';

const cache = new Map<string, Promise<string>>();

/**
 * A USDZ of the product's model for AR Quick Look, converted in the browser from the same GLB the 3D view
 * uses (no second asset to keep in sync) and cached per model for the page's lifetime as a blob URL.
 * A failed conversion is dropped from the cache so the next tap tries again.
 */
export function usdzUrl(modelPath: string): Promise<string> {
  let pending = cache.get(modelPath);
  if (!pending) {
    pending = convert(modelPath);
    cache.set(modelPath, pending);
    pending.catch(() => cache.delete(modelPath));
  }
  return pending;
}

async function convert(modelPath: string): Promise<string> {
  const bytes = await modelToUsdz(assetUrl(modelPath));
  return URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'model/vnd.usdz+zip' }));
}
