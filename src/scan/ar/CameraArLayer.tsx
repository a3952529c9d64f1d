import { useCallback, useEffect, useState } from 'react';
import { Canvas, type RootState } from '@react-three/fiber';
import WebGL from 'three/examples/jsm/capabilities/WebGL.js';
import { registerRenderer } from '../../app/diagnostics';
import { StudioEnvironment } from '../../scene/StudioEnvironment';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { LabelAnchors } from './LabelAnchors';

export interface CameraArLayerProps {
  codeSide: number;
  onSelect: (productId: string) => void;
  /** Called when this device cannot draw 3D (no WebGL2, or the canvas failed). */
  onUnavailable: () => void;
}

/**
 * The transparent three.js layer over the live video: products standing on their shelf labels. Loaded as its
 * own chunk only when the shopper opens shelf AR. No WebXR involved: the pose comes from the code's corners.
 */
export default function CameraArLayer({ codeSide, onSelect, onUnavailable }: CameraArLayerProps) {
  const [webgl] = useState(() => WebGL.isWebGL2Available());
  const onCreated = useCallback(({ gl }: RootState) => registerRenderer(gl), []);
  useEffect(() => {
    if (!webgl) onUnavailable();
  }, [webgl, onUnavailable]);
  if (!webgl) return null;
  return (
    <ErrorBoundary fallback={null} onError={onUnavailable}>
      <Canvas
        className="scan-ar-canvas"
        data-testid="scan-ar-canvas"
        gl={{ alpha: true, antialias: true }}
        camera={{ manual: true, position: [0, 0, 0], near: 0.01, far: 20 }}
        dpr={[1, 2]}
        onCreated={onCreated}
      >
        <StudioEnvironment />
        <ambientLight intensity={0.4} />
        <directionalLight position={[0.5, 1, 0.8]} intensity={1.2} />
        <LabelAnchors codeSide={codeSide} onSelect={onSelect} />
      </Canvas>
    </ErrorBoundary>
  );
}
