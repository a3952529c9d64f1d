import {
  BoxGeometry,
  CanvasTexture,
  Group,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PMREMGenerator,
  PlaneGeometry,
  type Object3D,
  type PerspectiveCamera,
  type WebGLRenderer,
} from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

// The product viewer's stage pieces: studio light, the shadow under the product, the stand-in for a broken model.

/** The camera's horizontal field of view in degrees. */
export function horizontalFov(camera: PerspectiveCamera): number {
  const half = (camera.fov * Math.PI) / 360;
  return (Math.atan(Math.tan(half) * camera.aspect) * 360) / Math.PI;
}

/** Soft studio light for PBR materials from three's RoomEnvironment, generated on the device. */
export function studioEnvironment(renderer: WebGLRenderer) {
  const pmrem = new PMREMGenerator(renderer);
  const room = new RoomEnvironment();
  const target = pmrem.fromScene(room, 0.04);
  room.dispose();
  pmrem.dispose();
  return target;
}

/** A soft round shadow under the product: a radial gradient, cheaper than rendering a contact shadow. */
export function blobShadow() {
  const size = 128;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d');
  if (context) {
    const gradient = context.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
    gradient.addColorStop(0, 'rgba(0,0,0,0.42)');
    gradient.addColorStop(0.5, 'rgba(0,0,0,0.2)');
    gradient.addColorStop(1, 'rgba(0,0,0,0)');
    context.fillStyle = gradient;
    context.fillRect(0, 0, size, size);
  }
  const material = new MeshBasicMaterial({
    map: new CanvasTexture(canvas),
    transparent: true,
    depthWrite: false,
  });
  const mesh = new Mesh(new PlaneGeometry(1, 1), material);
  mesh.rotation.x = -Math.PI / 2;
  mesh.position.y = 0.0005;
  return mesh;
}

/** Stands in for a model that failed to load: a neutral wireframe box of roughly product size. */
export function placeholder(): Object3D {
  const size = 0.1;
  const box = new Mesh(
    new BoxGeometry(size, size, size),
    new MeshStandardMaterial({ color: '#b8b2a7', roughness: 0.9, wireframe: true }),
  );
  box.position.y = size / 2;
  const group = new Group();
  group.add(box);
  return group;
}
