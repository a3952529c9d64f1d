import { Suspense, useRef } from 'react';
import { ContactShadows, OrbitControls } from '@react-three/drei';
import type { Group } from 'three';
import { useProduct } from '../state/hooks';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { PlaceholderModel } from './PlaceholderModel';
import { ProductModel } from './ProductModel';
import { StudioEnvironment } from './StudioEnvironment';
import { TagAbove } from './TagAbove';

/**
 * Before AR starts: the product chosen for placement, at real scale with the same 3D price tag it will carry
 * in the room, so the shopper sees what a tap will put down.
 */
export function ShopPreview({ productId, onDrawn }: { productId: string; onDrawn?: () => void }) {
  const product = useProduct(productId);
  const model = useRef<Group>(null);
  if (!product) return null;
  return (
    <>
      <StudioEnvironment />
      <ambientLight intensity={0.25} />
      <ErrorBoundary fallback={<PlaceholderModel />} resetKey={product.model}>
        <Suspense fallback={null}>
          <group ref={model}>
            <ProductModel path={product.model} onDrawn={onDrawn} />
          </group>
          <TagAbove productId={product.id} model={model} />
        </Suspense>
      </ErrorBoundary>
      <ContactShadows opacity={0.45} scale={0.6} blur={2} far={0.3} resolution={256} />
      <OrbitControls makeDefault target={[0, 0.12, 0]} enablePan={false} maxPolarAngle={Math.PI / 2 - 0.05} />
    </>
  );
}
