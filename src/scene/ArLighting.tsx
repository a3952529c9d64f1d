import { useEffect, useMemo, useState } from 'react';
import { useThree } from '@react-three/fiber';
import type { Scene } from 'three';
import { XREstimatedLight } from 'three/examples/jsm/webxr/XREstimatedLight.js';
import { StudioEnvironment } from './StudioEnvironment';

/**
 * Light for AR: the generated studio environment by default (no HDR download), replaced by the session's
 * light estimate (probe, main light and reflection map) while the phone provides one. Only the DOM events of
 * the estimator change React state, a few times per session at most.
 */
export function ArLighting({ onEstimating }: { onEstimating?: (active: boolean) => void }) {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const [estimating, setEstimating] = useState(false);
  const estimated = useMemo(() => new XREstimatedLight(gl), [gl]);

  useEffect(() => {
    const start = () => {
      setEstimating(true);
      onEstimating?.(true);
    };
    const end = () => {
      setEstimating(false);
      onEstimating?.(false);
    };
    estimated.addEventListener('estimationstart', start);
    estimated.addEventListener('estimationend', end);
    return () => {
      estimated.removeEventListener('estimationstart', start);
      estimated.removeEventListener('estimationend', end);
      estimated.dispose();
    };
  }, [estimated, onEstimating]);

  useEffect(() => {
    if (!estimating) return;
    return swapEnvironment(scene, estimated);
  }, [estimating, estimated, scene]);

  return estimating ? (
    <primitive object={estimated} />
  ) : (
    <>
      <StudioEnvironment />
      <ambientLight intensity={0.3} />
    </>
  );
}

/** Lights reflections with the session's estimated cube map; returns how to put the default back. */
function swapEnvironment(scene: Scene, estimated: XREstimatedLight): () => void {
  const previous = scene.environment;
  if (estimated.environment) scene.environment = estimated.environment;
  return () => {
    scene.environment = previous;
  };
}
