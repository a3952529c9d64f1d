import { CanvasTexture, LinearMipmapLinearFilter, SRGBColorSpace } from 'three';
import type { PriceTagText } from '../domain/price-tag';
import { createPriceTagCanvas } from './price-tag-canvas';

/** A price tag's canvas as a texture for the React scenes (AR, studio). */
export interface PriceTagTexture {
  texture: CanvasTexture;
  /** Lays out and draws `text`, then marks the texture for upload. Call only when the words change. */
  redraw(text: PriceTagText): void;
  dispose(): void;
}

/** Creates the texture for one tag: `units` layout pixels per side, drawn at `pixelRatio`. */
export function createPriceTagTexture(units: number, pixelRatio: number): PriceTagTexture {
  const tag = createPriceTagCanvas(units, pixelRatio);
  const texture = new CanvasTexture(tag.canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.anisotropy = 4;
  return {
    texture,
    redraw(text) {
      tag.redraw(text);
      texture.needsUpdate = true;
    },
    dispose: () => texture.dispose(),
  };
}
