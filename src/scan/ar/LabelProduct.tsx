import { Suspense, useCallback, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Group, Material } from 'three';
import { useProduct } from '../../state/hooks';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { PlaceholderModel } from '../../scene/PlaceholderModel';
import { ProductModel } from '../../scene/ProductModel';
import { StandOnShelf } from './StandOnShelf';

export interface LabelProductProps {
  productId: string;
  /**
   * Receives the anchor group, which the tracking loop moves onto the label each frame and whose
   * `userData.opacity` fades the model in and out.
   */
  onAnchor: (group: Group | null) => void;
  /** Where the product's shelf spot is in the label's frame (metres): level with the label's top edge. */
  standAt: [number, number, number];
  tagScale: number;
  onSelect: (productId: string) => void;
}

function setOpacity(materials: readonly Material[], opacity: number): void {
  for (const material of materials) {
    material.transparent = opacity < 1;
    material.opacity = opacity;
  }
}

/**
 * A product standing on the shelf above its label, at real scale, with its price tag; tapping it selects
 * it. The model fades with its track (own material copies, so other labels' products are not affected).
 */
export function LabelProduct({ productId, onAnchor, standAt, tagScale, onSelect }: LabelProductProps) {
  const product = useProduct(productId);
  const anchor = useRef<Group | null>(null);
  const faded = useRef<{ materials: Material[]; opacity: number }>({ materials: [], opacity: -1 });
  const onMaterials = useCallback((materials: Material[]) => {
    faded.current = { materials, opacity: -1 };
  }, []);

  useFrame(() => {
    const opacity = (anchor.current?.userData.opacity as number | undefined) ?? 1;
    if (faded.current.opacity === opacity) return;
    faded.current = { materials: faded.current.materials, opacity };
    setOpacity(faded.current.materials, opacity);
  });

  if (!product) return null;
  return (
    <group
      ref={(group) => {
        anchor.current = group;
        onAnchor(group);
      }}
      matrixAutoUpdate={false}
      visible={false}
    >
      <group
        position={standAt}
        onClick={(event) => {
          event.stopPropagation();
          onSelect(productId);
        }}
      >
        <ErrorBoundary fallback={<PlaceholderModel size={0.06} />} resetKey={product.model}>
          <Suspense fallback={<PlaceholderModel size={0.06} />}>
            <StandOnShelf productId={productId} tagScale={tagScale} onMaterials={onMaterials}>
              <ProductModel path={product.model} />
            </StandOnShelf>
          </Suspense>
        </ErrorBoundary>
      </group>
    </group>
  );
}
