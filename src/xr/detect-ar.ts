import WebGL from 'three/examples/jsm/capabilities/WebGL.js';
import type { ArCapabilities } from './ar-modes';

/**
 * Asks the browser what AR it really supports. `isSessionSupported` may reject or never settle on odd
 * browsers, so it is bounded by a timeout and counted as "no".
 */
export async function detectArCapabilities(timeoutMs = 3000): Promise<ArCapabilities> {
  const xr = typeof navigator !== 'undefined' ? navigator.xr : undefined;
  const webxrAr = xr
    ? await Promise.race([
        xr.isSessionSupported('immersive-ar').catch(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
      ])
    : false;
  const anchor = document.createElement('a');
  return {
    webxrAr,
    quickLook: Boolean(anchor.relList?.supports?.('ar')),
    android: /android/iu.test(navigator.userAgent),
    webgl: WebGL.isWebGL2Available(),
  };
}
