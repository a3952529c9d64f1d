import { useCallback } from 'react';
import { ProductStage } from '../../scene/ProductStage';

export interface KioskSceneProps {
  productId: string;
  modelPath: string;
  spin: boolean;
  /** Touch mode: the shopper may turn and tilt the product. */
  interactive: boolean;
  onDrawn: (productId: string) => void;
}

/** The kiosk's 3D stage: the product page's stage, a little faster on its turntable and with no zoom. */
export function KioskScene({ productId, modelPath, spin, interactive, onDrawn }: KioskSceneProps) {
  const drawn = useCallback(() => onDrawn(productId), [onDrawn, productId]);
  return (
    <ProductStage
      modelPath={modelPath}
      spinSpeed={spin ? 0.5 : 0}
      interactive={interactive}
      zoom={false}
      margin={1.35}
      fitSeconds={spin ? 0.5 : 0}
      onDrawn={drawn}
    />
  );
}
