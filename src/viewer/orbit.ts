import { Vector3, type PerspectiveCamera } from 'three';

export interface Orbit {
  /** The point the camera circles and looks at. */
  readonly target: Vector3;
  enabled: boolean;
  minDistance: number;
  maxDistance: number;
  /** Applies the drags and zooms since the last frame and points the camera at the target. */
  update(): void;
  dispose(): void;
}

const minPolar = 0.2;
const maxPolar = Math.PI / 2 - 0.05;

/**
 * Turning and zooming a product with a finger or a mouse: one-pointer drag orbits, pinch or wheel zooms,
 * never under the floor. All the product page needs from three's OrbitControls, at a fifth of its bytes
 * (it counts against the page's size budget).
 */
export function createOrbit(camera: PerspectiveCamera, element: HTMLElement): Orbit {
  const target = new Vector3();
  const offset = new Vector3();
  const pointers = new Map<number, { x: number; y: number }>();
  let turn = 0;
  let tilt = 0;
  let zoom = 1;
  let pinch = 0;

  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  const onDown = (event: PointerEvent) => {
    if (!orbit.enabled) return;
    element.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    pinch = spread();
  };
  const onMove = (event: PointerEvent) => {
    const last = pointers.get(event.pointerId);
    if (!last || !orbit.enabled) return;
    if (pointers.size === 1) {
      const scale = (2 * Math.PI) / Math.max(element.clientHeight, 1);
      turn -= (event.clientX - last.x) * scale;
      tilt -= (event.clientY - last.y) * scale;
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const now = spread();
    if (pinch > 0 && now > 0) zoom *= pinch / now;
    pinch = now;
  };
  const onUp = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    pinch = spread();
  };
  const onWheel = (event: WheelEvent) => {
    if (!orbit.enabled) return;
    event.preventDefault();
    zoom *= Math.exp(event.deltaY * 0.001);
  };
  element.addEventListener('pointerdown', onDown);
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerup', onUp);
  element.addEventListener('pointercancel', onUp);
  element.addEventListener('wheel', onWheel, { passive: false });

  const orbit: Orbit = {
    target,
    enabled: true,
    minDistance: 0,
    maxDistance: Infinity,
    update() {
      offset.copy(camera.position).sub(target);
      const distance = Math.min(Math.max(offset.length() * zoom, orbit.minDistance), orbit.maxDistance);
      const azimuth = Math.atan2(offset.x, offset.z) + turn;
      const polar = Math.min(
        Math.max(Math.acos(Math.min(Math.max(offset.y / (offset.length() || 1), -1), 1)) + tilt, minPolar),
        maxPolar,
      );
      offset.set(Math.sin(polar) * Math.sin(azimuth), Math.cos(polar), Math.sin(polar) * Math.cos(azimuth));
      camera.position.copy(target).addScaledVector(offset, distance);
      camera.lookAt(target);
      turn = tilt = 0;
      zoom = 1;
    },
    dispose() {
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onUp);
      element.removeEventListener('wheel', onWheel);
    },
  };
  return orbit;
}
