import { useEffect, useMemo } from 'react';
import type { Catalog } from '../domain/catalog';
import { useNow } from '../hooks/useNow';
import { createPriceTagTexture } from './price-tag-texture';
import { usePriceTagText } from './usePriceTagText';

export interface PriceTagProps {
  productId: string;
  /** Multiplies the tag's real size (0.16 m wide at scale 1, readable at arm's length). */
  scale?: number;
  /** The instant to price at; defaults to the live clock (re-read once a second). */
  now?: Date;
  /** Draw on top of everything (e.g. over a camera feed where the model may hide it). */
  alwaysOnTop?: boolean;
  /** Price from this catalog instead of the live one (the merchant studio previews its draft). */
  catalog?: Catalog | null;
}

/** Layout units per side of the square canvas; the tag is drawn at its bottom, the rest stays transparent. */
const canvasUnits = 512;
const pixelRatio = 1.5;
const widthMetres = 0.16;

/**
 * A product's 3D price tag: promotion price large, list price struck through, badges, and a countdown in the
 * promotion's last 24 hours. The bottom centre of the tag sits at the group origin and it always faces the
 * viewer (a sprite: billboarding happens in the vertex shader, no per-frame work). The canvas texture is
 * redrawn only when the text changes (at most once a second, for the countdown) and disposed on unmount.
 *
 * @example
 * <group position={[0, modelHeight + 0.02, 0]}>
 *   <PriceTag productId="aksu-apple" />
 * </group>
 */
export function PriceTag({ productId, scale = 1, now, alwaysOnTop = false, catalog }: PriceTagProps) {
  const clock = useNow(1000);
  const text = usePriceTagText(productId, now ?? clock, catalog);
  const key = text ? JSON.stringify(text) : '';

  const tag = useMemo(() => createPriceTagTexture(canvasUnits, pixelRatio), []);
  useEffect(() => () => tag.dispose(), [tag]);
  useEffect(() => {
    if (text) tag.redraw(text);
    // `key` stands for `text`: redraw when the words change, not when a new object with the same words arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tag]);

  if (!text) return null;
  const size = widthMetres * scale;
  return (
    <sprite
      center={[0.5, 0]}
      scale={[size, size, 1]}
      renderOrder={alwaysOnTop ? 10 : 1}
      raycast={noRaycast}
      userData={{ priceTag: productId }}
    >
      <spriteMaterial
        map={tag.texture}
        transparent
        depthWrite={false}
        depthTest={!alwaysOnTop}
        toneMapped={false}
      />
    </sprite>
  );
}

// The tag is information, not a handle: taps go through it to the product or the surface behind.
const noRaycast = () => {};
