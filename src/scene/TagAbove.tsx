import { useLayoutEffect, useRef, type RefObject } from 'react';
import { Box3, type Group, type Object3D } from 'three';
import { PriceTag } from './PriceTag';

const box = new Box3();

export interface TagAboveProps {
  productId: string;
  /** The loaded model; the tag floats a little above its top. */
  model: RefObject<Object3D | null>;
  gap?: number;
}

/**
 * Puts a product's price tag just above its model once the model has loaded (mount it after the model inside
 * the same Suspense boundary). The height is measured once, not every frame.
 */
export function TagAbove({ productId, model, gap = 0.025 }: TagAboveProps) {
  const group = useRef<Group>(null);
  useLayoutEffect(() => {
    if (!model.current || !group.current) return;
    model.current.updateWorldMatrix(false, true);
    box.makeEmpty();
    box.expandByObject(model.current, true);
    // Model origins are at their bottom centre and placements are unscaled and upright: box height = model height.
    const height = box.isEmpty() ? 0.1 : box.max.y - box.min.y;
    group.current.position.set(0, height + gap, 0);
  }, [model, gap]);
  return (
    <group ref={group}>
      <PriceTag productId={productId} />
    </group>
  );
}
