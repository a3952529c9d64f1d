import { useLayoutEffect } from 'react';
import { useBounds } from '@react-three/drei';

/**
 * Re-frames the camera once the model inside the surrounding <Bounds> has loaded (Bounds alone only fits
 * what exists when it mounts). Reports the fitted size so the stage can scale its shadow to the product.
 */
export function FitOnLoad({ onSize }: { onSize?: (largestSide: number) => void }) {
  const bounds = useBounds();
  useLayoutEffect(() => {
    bounds.refresh().clip().fit();
    const { size } = bounds.getSize();
    onSize?.(Math.max(size.x, size.y, size.z));
  }, [bounds, onSize]);
  return null;
}
