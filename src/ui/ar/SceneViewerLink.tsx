import type { Product } from '../../domain/catalog';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';
import { assetUrl } from '../../data/asset-url';
import { appUrl } from '../../data/store-context';
import { arStatus } from '../../xr/ar-diagnostics';
import { sceneViewerIntent } from '../../xr/scene-viewer';

/** Android without WebXR: hand the product's model to Google Scene Viewer, with its name and a way back. */
export function SceneViewerLink({ product }: { product: Product }) {
  const t = useT();
  const locale = useLocale();
  const href = sceneViewerIntent({
    modelUrl: new URL(assetUrl(product.model), window.location.href).href,
    title: product.name[locale],
    link: appUrl(window.location.origin, `/p/${product.id}`),
  });
  return (
    <a
      className="button"
      href={href}
      data-testid="ar-mode-scene-viewer"
      onClick={() => (arStatus.mode = 'scene-viewer')}
    >
      {t('ar.mode.sceneViewer')}
    </a>
  );
}
