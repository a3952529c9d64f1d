/**
 * The Content-Security-Policy of the built app: everything from our own origin only. `blob:` and `data:`
 * are for three.js (GLB-embedded textures become blob URLs), `'wasm-unsafe-eval'` for the QR decoder's
 * WebAssembly, `mediastream:` for the camera. Inline styles are allowed because React and three set
 * element styles; inline scripts are not.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "media-src 'self' blob: mediastream:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
