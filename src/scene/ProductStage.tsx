import { Suspense, useState } from 'react';
import { Bounds, ContactShadows, OrbitControls } from '@react-three/drei';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { FitOnLoad } from './FitOnLoad';
import { PlaceholderModel } from './PlaceholderModel';
import { ProductModel } from './ProductModel';
import { StudioEnvironment } from './StudioEnvironment';
import { Turntable } from './Turntable';

export interface ProductStageProps {
  modelPath: string;
  spin?: boolean;
  onModelError?: (error: unknown) => void;
  onDrawn?: () => void;
}

/**
 * The product page's 3D view: the model at real scale on a soft contact shadow, framed to fit, lit by a
 * generated studio environment, orbitable by the shopper.
 */
export function ProductStage({ modelPath, spin = true, onModelError, onDrawn }: ProductStageProps) {
  const [largestSide, setLargestSide] = useState(0.1);
  return (
    <>
      <StudioEnvironment />
      <ambientLight intensity={0.25} />
      <Bounds fit clip observe margin={1.25}>
        <ErrorBoundary fallback={<PlaceholderModel />} onError={onModelError} resetKey={modelPath}>
          <Suspense fallback={null}>
            <Turntable speed={spin ? 0.35 : 0}>
              <ProductModel path={modelPath} onDrawn={onDrawn} />
            </Turntable>
            <FitOnLoad onSize={setLargestSide} />
          </Suspense>
        </ErrorBoundary>
      </Bounds>
      <ContactShadows
        position={[0, 0, 0]}
        opacity={0.5}
        scale={largestSide * 2.2}
        blur={2}
        far={largestSide}
        resolution={256}
      />
      <OrbitControls makeDefault enablePan={false} minPolarAngle={0.2} maxPolarAngle={Math.PI / 2 - 0.05} />
    </>
  );
}
