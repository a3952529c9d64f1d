import { loadModel } from './load-model';

/**
 * Converts a product model to USDZ for AR Quick Look, from the same GLB the 3D view shows. The exporter (and
 * its zip library) is downloaded on first use: only iPhones ever need it. It lives beside the viewer so it
 * works on the viewer's own three.js objects.
 */
export async function modelToUsdz(url: string): Promise<Uint8Array> {
  const [{ USDZExporter }, model] = await Promise.all([
    import('three/examples/jsm/exporters/USDZExporter.js'),
    loadModel(url),
  ]);
  return new USDZExporter().parseAsync(model, { quickLookCompatible: true });
}
