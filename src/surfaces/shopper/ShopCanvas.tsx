import { useCallback } from 'react';
import { Canvas, type RootState } from '@react-three/fiber';
import { XR, XRDomOverlay, type XRStore } from '@react-three/xr';
import { registerRenderer } from '../../app/diagnostics';
import { ArScene } from '../../scene/ArScene';
import { XRConnected } from '../../scene/XRConnected';
import { ArOverlay } from '../../ui/ar/ArOverlay';
import { arStatus } from '../../xr/ar-diagnostics';

export interface ShopCanvasProps {
  store: XRStore;
  inSession: boolean;
  emulated: boolean;
  onExit: () => void;
  /** Called once the canvas is connected to the XR store, so a session can start on it. */
  onConnected: () => void;
  label: string;
}

/** The WebGL canvas of a /shop AR session: the AR scene and its DOM overlay. Mounted just before the session. */
export function ShopCanvas({ store, inSession, emulated, onExit, onConnected, label }: ShopCanvasProps) {
  const onCreated = useCallback(({ gl }: RootState) => registerRenderer(gl), []);
  const onEstimating = useCallback((active: boolean) => (arStatus.lightEstimation = active), []);
  return (
    <Canvas
      className="shop-canvas"
      camera={{ position: [0.3, 0.28, 0.45], fov: 40, near: 0.01, far: 30 }}
      dpr={[1, 2]}
      gl={{ alpha: true }}
      onCreated={onCreated}
      aria-label={label}
    >
      <XR store={store}>
        <XRConnected onConnected={onConnected} />
        {inSession && (
          <>
            <ArScene onEstimating={onEstimating} />
            <XRDomOverlay className="ar-overlay-host">
              <ArOverlay onExit={onExit} emulated={emulated} />
            </XRDomOverlay>
          </>
        )}
      </XR>
    </Canvas>
  );
}
