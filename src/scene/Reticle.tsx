import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { useXRHitTest } from '@react-three/xr';
import { Matrix4, RingGeometry, Vector3, type Mesh } from 'three';
import { hitTestStats, placementStore } from '../xr/placement-store';
import { minUpright, reticlePose } from '../xr/reticle-pose';

const hitMatrix = new Matrix4();
const normal = new Vector3();
const staleMs = 400;

/**
 * The ring that follows the viewer's hit test on real surfaces: where a tap will place the next product.
 * Only upright surfaces (tables, shelves, the floor) count; a product cannot stand on a wall.
 */
export function Reticle() {
  const mesh = useRef<Mesh>(null);
  const geometry = useMemo(() => new RingGeometry(0.045, 0.06, 40).rotateX(-Math.PI / 2), []);
  useEffect(() => () => geometry.dispose(), [geometry]);

  useXRHitTest((results, getWorldMatrix) => {
    hitTestStats.active = true;
    const first = results[0];
    if (!first || !getWorldMatrix(hitMatrix, first)) return;
    hitTestStats.hits += 1;
    normal.set(0, 1, 0).transformDirection(hitMatrix);
    if (normal.y < minUpright) return;
    hitTestStats.lastHitAt = performance.now();
    reticlePose.matrix.copy(hitMatrix);
    reticlePose.position.setFromMatrixPosition(hitMatrix);
  }, 'viewer');

  useFrame(() => {
    const valid = performance.now() - hitTestStats.lastHitAt < staleMs;
    reticlePose.valid = valid;
    // A store write only when the answer flips, so the overlay hint changes without per-frame renders.
    if (placementStore.getState().surfaceFound !== valid) placementStore.getState().setSurfaceFound(valid);
    if (!mesh.current) return;
    mesh.current.visible = valid;
    if (valid) {
      mesh.current.position.copy(reticlePose.position);
      mesh.current.quaternion.setFromRotationMatrix(reticlePose.matrix);
    }
  });

  return (
    <mesh ref={mesh} geometry={geometry} visible={false} renderOrder={2}>
      <meshBasicMaterial color="#ffffff" transparent opacity={0.9} depthTest={false} toneMapped={false} />
    </mesh>
  );
}
