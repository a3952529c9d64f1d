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
  /** Turntable speed in radians per second; 0 stands still (prefers-reduced-motion). */
  spinSpeed?: number;
  /** Whether the shopper may orbit the product. */
  interactive?: boolean;
  zoom?: boolean;
  /** Space around the product when framing it (1 = touching the edges). */
  margin?: number;
  /** How long the camera takes to glide to a new framing. */
  fitSeconds?: number;
  onModelError?: (error: unknown) => void;
  onDrawn?: () => void;
}

/**
 * A product's 3D stage (product page, kiosk): the model at real scale on a soft contact shadow, framed to fit
 * each new model, lit by a generated studio environment, orbitable. The environment and shadow stay mounted
 * when the model changes, so a kiosk looping all day does not rebuild GPU resources every few seconds.
 */
export function ProductStage({
  modelPath,
  spinSpeed = 0.35,
  interactive = true,
  zoom = true,
  margin = 1.25,
  fitSeconds = 1,
  onModelError,
  onDrawn,
}: ProductStageProps) {
  const [largestSide, setLargestSide] = useState(0.1);
  return (
    <>
      <StudioEnvironment />
      <ambientLight intensity={0.25} />
      {/* Keyed by model: Bounds fits what it holds when it mounts, so each product gets framed afresh. */}
      <Bounds key={modelPath} fit clip observe margin={margin} maxDuration={fitSeconds}>
        <ErrorBoundary fallback={<PlaceholderModel />} onError={onModelError} resetKey={modelPath}>
          <Suspense fallback={null}>
            <Turntable speed={spinSpeed}>
              <ProductModel path={modelPath} onDrawn={onDrawn} />
            </Turntable>
            <FitOnLoad onSize={setLargestSide} />
          </Suspense>
        </ErrorBoundary>
      </Bounds>
      <ContactShadows opacity={0.5} scale={largestSide * 2.2} blur={2} far={largestSide} resolution={256} />
      <OrbitControls
        makeDefault
        enabled={interactive}
        enablePan={false}
        enableZoom={zoom}
        minPolarAngle={0.2}
        maxPolarAngle={Math.PI / 2 - 0.05}
      />
    </>
  );
}
