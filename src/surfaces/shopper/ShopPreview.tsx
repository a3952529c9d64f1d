import { useEffect, useRef } from 'react';
import type { Product } from '../../domain/catalog';
import { useNow } from '../../hooks/useNow';
import { useProductViewer } from '../../hooks/useProductViewer';
import { assetUrl } from '../../data/asset-url';
import { usePriceTagText } from '../../scene/usePriceTagText';

export interface ShopPreviewProps {
  product: Product;
  label: string;
  /** The 3D view could not start: the page says so and the rest of it still works. */
  onFailed: () => void;
}

/**
 * Before AR starts: the product chosen for placement, at real scale with the same 3D price tag it will carry
 * in the room, so the shopper sees what a tap will put down. Plain three.js, so /shop draws this before the
 * AR code (which only AR-capable phones download) has arrived.
 */
export function ShopPreview({ product, label, onFailed }: ShopPreviewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const tag = usePriceTagText(product.id, useNow(1000));
  const view = useProductViewer(canvas, assetUrl(product.model), tag, {
    viewFrom: [0.3, 0.28, 0.45],
    fov: 40,
    margin: 1.15,
  });
  useEffect(() => {
    if (view.failed) onFailed();
  }, [view.failed, onFailed]);
  return (
    <canvas
      ref={canvas}
      className="shop-canvas"
      aria-label={label}
      data-testid="shop-preview"
      data-drawn={view.drawn ? 'yes' : 'no'}
    />
  );
}
