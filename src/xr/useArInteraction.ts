import { useEffect, useRef, type RefObject } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { requestXRAnchor, useXR, useXRStore } from '@react-three/xr';
import { Matrix4, Object3D, Quaternion, Raycaster, Vector3, type Group } from 'three';
import { placementStore } from './placement-store';
import { reticlePose } from './reticle-pose';

const raycaster = new Raycaster();
const poseMatrix = new Matrix4();
const direction = new Vector3();
/** Radians the product turns per radian the finger's ray sweeps: a short drag gives a useful turn. */
const dragGain = 3;

interface Drag {
  key: number;
  source: XRInputSource;
  startYaw: number;
  baseRotation: number;
  object: Object3D;
}

/**
 * Taps in the AR session: a tap on a placed product selects it (and a drag turns it); a tap anywhere else
 * places the next product at the reticle, anchored where the session supports anchors. Works for screen
 * taps on phones and controller triggers alike, because both arrive as WebXR select events.
 */
export function useArInteraction(placedRoot: RefObject<Group | null>): void {
  const session = useXR((state) => state.session);
  const store = useXRStore();
  const gl = useThree((state) => state.gl);
  const drag = useRef<Drag | null>(null);
  const tapOnProduct = useRef(false);

  useEffect(() => {
    if (!session) return;
    const rayOf = (event: XRInputSourceEvent): boolean => {
      const space = gl.xr.getReferenceSpace();
      const pose = space ? event.frame.getPose(event.inputSource.targetRaySpace, space) : undefined;
      if (!pose) return false;
      poseMatrix.fromArray(pose.transform.matrix);
      raycaster.ray.origin.setFromMatrixPosition(poseMatrix);
      raycaster.ray.direction.set(0, 0, -1).transformDirection(poseMatrix);
      return true;
    };
    /** The placed product the event's ray points at, if any. */
    const productUnder = (event: XRInputSourceEvent): number | null => {
      if (!rayOf(event) || !placedRoot.current) return null;
      const hit = raycaster.intersectObject(placedRoot.current, true).find((h) => keyOf(h.object) !== null);
      return hit ? keyOf(hit.object) : null;
    };
    const onSelectStart = (event: XRInputSourceEvent) => {
      tapOnProduct.current = false;
      const key = productUnder(event);
      if (key === null || !placedRoot.current) return;
      const object = placedRoot.current.getObjectByName(`placement-${key}`);
      tapOnProduct.current = true;
      placementStore.getState().select(key);
      if (object) {
        drag.current = {
          key,
          source: event.inputSource,
          startYaw: yawOf(),
          baseRotation: object.rotation.y,
          object,
        };
      }
    };
    const onSelect = (event: XRInputSourceEvent) => {
      const { nextProductId, place } = placementStore.getState();
      if (tapOnProduct.current || !reticlePose.valid || !nextProductId) return;
      // The spec sends select after selectstart, but IWER (?xr=emulate) sends it before, on the press: look
      // at the ray too, so a tap on a product never also places one behind it.
      if (productUnder(event) !== null) return;
      const position = reticlePose.position.clone();
      const key = place(nextProductId, [position.x, position.y, position.z], null);
      // Anchors keep the product on the shelf as tracking improves; without them the pose stays as placed.
      if (session.enabledFeatures?.includes('anchors') ?? false) {
        void requestXRAnchor(store, {
          relativeTo: 'world',
          worldPosition: position,
          worldQuaternion: new Quaternion(),
          frame: event.frame,
        })
          .then((anchor) => anchor && attachAnchor(key, anchor))
          .catch(() => undefined);
      }
    };
    const onSelectEnd = () => {
      const current = drag.current;
      drag.current = null;
      // Reset per gesture: with IWER's order a stale "true" would swallow the next tap's placement.
      tapOnProduct.current = false;
      if (current) placementStore.getState().rotate(current.key, current.object.rotation.y);
    };
    session.addEventListener('selectstart', onSelectStart);
    session.addEventListener('select', onSelect);
    session.addEventListener('selectend', onSelectEnd);
    return () => {
      session.removeEventListener('selectstart', onSelectStart);
      session.removeEventListener('select', onSelect);
      session.removeEventListener('selectend', onSelectEnd);
    };
  }, [session, store, gl, placedRoot]);

  useFrame((_, __, frame: XRFrame | undefined) => {
    const current = drag.current;
    const space = gl.xr.getReferenceSpace();
    if (!current || !frame || !space) return;
    const pose = frame.getPose(current.source.targetRaySpace, space);
    if (!pose) return;
    poseMatrix.fromArray(pose.transform.matrix);
    raycaster.ray.direction.set(0, 0, -1).transformDirection(poseMatrix);
    current.object.rotation.y = current.baseRotation + (yawOf() - current.startYaw) * dragGain;
  });
}

/** Heading of the current ray about the vertical axis. */
function yawOf(): number {
  direction.copy(raycaster.ray.direction);
  return Math.atan2(-direction.x, -direction.z);
}

function keyOf(object: Object3D | null): number | null {
  for (let node = object; node; node = node.parent) {
    const key: unknown = node.userData.placementKey;
    if (typeof key === 'number') return key;
  }
  return null;
}

function attachAnchor(key: number, anchor: XRAnchor): void {
  const exists = placementStore.getState().placements.some((p) => p.key === key);
  if (!exists) {
    anchor.delete();
    return;
  }
  placementStore.setState((state) => ({
    placements: state.placements.map((p) => (p.key === key ? { ...p, anchor } : p)),
  }));
}
