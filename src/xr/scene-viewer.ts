export interface SceneViewerRequest {
  /** Absolute https URL of the product's GLB on our origin (Scene Viewer fetches it itself). */
  modelUrl: string;
  title: string;
  /** Where "back" in Scene Viewer leads: the product page. */
  link: string;
}

/**
 * The Android intent that opens Google's Scene Viewer in AR with the product's title and a link back; when
 * Scene Viewer is missing the browser falls back to the product page. Values are URL-encoded, so a product
 * title with `#`, `&` or `;` cannot break out of its parameter.
 */
export function sceneViewerIntent({ modelUrl, title, link }: SceneViewerRequest): string {
  const query = new URLSearchParams({ file: modelUrl, mode: 'ar_preferred', title, link });
  return (
    `intent://arvr.google.com/scene-viewer/1.0?${query.toString()}#Intent;scheme=https;` +
    'package=com.google.ar.core;action=android.intent.action.VIEW;' +
    `S.browser_fallback_url=${encodeURIComponent(link)};end;`
  );
}
