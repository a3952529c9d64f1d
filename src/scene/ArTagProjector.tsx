import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3, type Object3D } from 'three';
import { arStatus } from '../xr/ar-diagnostics';

const point = new Vector3();

/**
 * Lets diagnostics say where each price tag appears on screen (CSS pixels), from the XR camera of the last
 * frame. Read on demand by `shelfsight.ar.tags` (tests check the pixels there); nothing runs per frame.
 */
export function ArTagProjector() {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  useEffect(() => {
    arStatus.projectTags = () => {
      const camera = gl.xr.getCamera().cameras[0] ?? gl.xr.getCamera();
      const rect = gl.domElement.getBoundingClientRect();
      const tags: { productId: string; x: number; y: number; behind: boolean }[] = [];
      scene.traverse((object: Object3D) => {
        const productId: unknown = object.userData.priceTag;
        if (typeof productId !== 'string' || !object.visible) return;
        // The card fills roughly the lower 40% of the sprite's square, so aim a fifth of its size up.
        point.set(0, 0.2, 0).applyMatrix4(object.matrixWorld);
        point.project(camera);
        tags.push({
          productId,
          x: rect.left + ((point.x + 1) / 2) * rect.width,
          y: rect.top + ((1 - point.y) / 2) * rect.height,
          behind: point.z > 1,
        });
      });
      return tags;
    };
    return () => {
      arStatus.projectTags = null;
    };
  }, [gl, scene]);
  return null;
}
