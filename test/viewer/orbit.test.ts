import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createOrbit } from '../../src/viewer/orbit';

/** Enough of a canvas for the orbit: events, a height and pointer capture. */
function fakeCanvas() {
  const element = Object.assign(new EventTarget(), { clientHeight: 400, setPointerCapture: () => {} });
  const pointer = (type: string, pointerId: number, clientX: number, clientY: number) =>
    element.dispatchEvent(Object.assign(new Event(type), { pointerId, clientX, clientY }));
  const wheel = (deltaY: number) =>
    element.dispatchEvent(Object.assign(new Event('wheel', { cancelable: true }), { deltaY }));
  return { element: element as unknown as HTMLElement, pointer, wheel };
}

function setup() {
  const camera = new PerspectiveCamera();
  camera.position.set(0, 0.2, 0.5);
  const canvas = fakeCanvas();
  const orbit = createOrbit(camera, canvas.element);
  orbit.target.set(0, 0.05, 0);
  orbit.update();
  return { camera, orbit, ...canvas };
}

const distance = (camera: PerspectiveCamera, target: Vector3) => camera.position.distanceTo(target);
const looksAt = (camera: PerspectiveCamera, target: Vector3) =>
  camera.getWorldDirection(new Vector3()).dot(target.clone().sub(camera.position).normalize());

describe('product viewer orbit', () => {
  it('turns the camera around the product on a horizontal drag, keeping distance and aim', () => {
    const { camera, orbit, pointer } = setup();
    const before = camera.position.clone();
    const radius = distance(camera, orbit.target);
    pointer('pointerdown', 1, 100, 100);
    pointer('pointermove', 1, 200, 100);
    pointer('pointerup', 1, 200, 100);
    orbit.update();
    expect(camera.position.distanceTo(before)).toBeGreaterThan(0.1);
    expect(camera.position.y).toBeCloseTo(before.y, 6);
    expect(distance(camera, orbit.target)).toBeCloseTo(radius, 6);
    expect(looksAt(camera, orbit.target)).toBeCloseTo(1, 6);
  });

  it('never lets a drag take the camera under the floor or over the top', () => {
    const { camera, orbit, pointer } = setup();
    pointer('pointerdown', 1, 0, 0);
    pointer('pointermove', 1, 0, -5000);
    orbit.update();
    const polar = Math.acos((camera.position.y - orbit.target.y) / distance(camera, orbit.target));
    expect(polar).toBeCloseTo(Math.PI / 2 - 0.05, 6);
    pointer('pointermove', 1, 0, 5000);
    orbit.update();
    expect(Math.acos((camera.position.y - orbit.target.y) / distance(camera, orbit.target))).toBeCloseTo(
      0.2,
      6,
    );
  });

  it('zooms with the wheel and a pinch, within its distance limits', () => {
    const { camera, orbit, pointer, wheel } = setup();
    orbit.minDistance = 0.2;
    orbit.maxDistance = 0.8;
    const start = distance(camera, orbit.target);
    wheel(200);
    orbit.update();
    expect(distance(camera, orbit.target)).toBeGreaterThan(start);
    for (let i = 0; i < 20; i += 1) wheel(500);
    orbit.update();
    expect(distance(camera, orbit.target)).toBeCloseTo(0.8, 6);
    // Two fingers moving apart: closer.
    pointer('pointerdown', 1, 100, 100);
    pointer('pointerdown', 2, 140, 100);
    pointer('pointermove', 2, 300, 100);
    orbit.update();
    expect(distance(camera, orbit.target)).toBeCloseTo(0.2, 6);
  });

  it('ignores input while disabled and after dispose', () => {
    const { camera, orbit, pointer, wheel } = setup();
    const before = camera.position.clone();
    orbit.enabled = false;
    pointer('pointerdown', 1, 0, 0);
    pointer('pointermove', 1, 300, 300);
    wheel(500);
    orbit.update();
    expect(camera.position.distanceTo(before)).toBeLessThan(1e-9);
    orbit.enabled = true;
    orbit.dispose();
    pointer('pointerdown', 3, 0, 0);
    pointer('pointermove', 3, 300, 0);
    orbit.update();
    expect(camera.position.distanceTo(before)).toBeLessThan(1e-9);
  });
});
