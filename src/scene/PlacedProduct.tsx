import { Suspense, useEffect, useMemo, useRef } from 'react';
import { XRSpace } from '@react-three/xr';
import { RingGeometry, type Group } from 'three';
import { useProduct } from '../state/hooks';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { Placement } from '../xr/placement-store';
import { PlaceholderModel } from './PlaceholderModel';
import { ProductModel } from './ProductModel';
import { TagAbove } from './TagAbove';

export interface PlacedProductProps {
  placement: Placement;
  selected: boolean;
}

/**
 * A product standing where the shopper put it, at real scale, with its price tag above and a ring on the
 * surface when selected. Anchored placements follow their XR anchor (the phone's tracking corrects it);
 * others keep the pose they were placed at. `name` lets the tap handler find and turn it.
 */
export function PlacedProduct({ placement, selected }: PlacedProductProps) {
  const product = useProduct(placement.productId);
  const model = useRef<Group>(null);
  const ring = useMemo(() => new RingGeometry(0.07, 0.08, 48).rotateX(-Math.PI / 2), []);
  useEffect(() => () => ring.dispose(), [ring]);
  if (!product) return null;
  const body = (
    <group
      name={`placement-${placement.key}`}
      rotation-y={placement.rotationY}
      userData={{ placementKey: placement.key }}
    >
      <ErrorBoundary fallback={<PlaceholderModel />} resetKey={product.model}>
        <Suspense fallback={<PlaceholderModel />}>
          <group ref={model}>
            <ProductModel path={product.model} />
          </group>
          <TagAbove productId={product.id} model={model} />
        </Suspense>
      </ErrorBoundary>
      <mesh geometry={ring} visible={selected} position-y={0.002}>
        <meshBasicMaterial color="#d7261e" toneMapped={false} />
      </mesh>
    </group>
  );
  if (placement.anchor) return <XRSpace space={placement.anchor.anchorSpace}>{body}</XRSpace>;
  return <group position={placement.position}>{body}</group>;
}
