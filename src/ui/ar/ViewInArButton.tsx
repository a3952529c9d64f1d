import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../i18n/useT';
import { useProduct } from '../../state/hooks';
import { chooseArModes, emulationRequest, type ArMode } from '../../xr/ar-modes';
import { detectArCapabilities } from '../../xr/detect-ar';
import { QuickLookButton } from './QuickLookButton';
import { SceneViewerLink } from './SceneViewerLink';
import './ar.css';

/**
 * The product page's "View in AR": the best AR mode this device has for the product. WebXR goes to `/shop`
 * with the product chosen (placement, tag and cart in one session); otherwise Quick Look or Scene Viewer;
 * nothing at all where there is no AR (the page's 3D view stays). `?xr=emulate` carries over to `/shop`,
 * where the emulator is loaded.
 */
export function ViewInArButton({ productId }: { productId: string }) {
  const t = useT();
  const product = useProduct(productId);
  const [mode, setMode] = useState<ArMode | null>(null);
  const [emulation] = useState(() => emulationRequest(window.location.search));

  useEffect(() => {
    let cancelled = false;
    void detectArCapabilities().then((caps) => {
      // Under emulation the emulator is installed by /shop, so WebXR counts as available here.
      const modes = chooseArModes(emulation ? { ...caps, webxrAr: true } : caps);
      if (!cancelled) setMode(modes[0] ?? null);
    });
    return () => {
      cancelled = true;
    };
  }, [emulation]);

  if (!product || !mode) return null;
  if (mode === 'quick-look') return <QuickLookButton product={product} />;
  if (mode === 'scene-viewer') return <SceneViewerLink product={product} />;
  const query = new URLSearchParams({ product: product.id });
  if (emulation) {
    query.set('xr', 'emulate');
    query.set('room', emulation.room);
  }
  return (
    <Link href={`/shop?${query.toString()}`} className="button view-in-ar" data-testid="view-in-ar">
      {t('ar.viewInAr')}
    </Link>
  );
}
