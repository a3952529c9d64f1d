import { Box3, Mesh, Texture, Vector3, type Material, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { ValidatorReport } from 'gltf-validator';
import type { ModelStats } from '../domain/merchant';
import { withMeshopt } from '../scene/gltf';
import { readGlb } from '../viewer/glb-format';

/** Parses GLB bytes the way the app renders them (meshopt decoder, quantized attributes). Rejects on a bad file. */
export async function parseGlb(bytes: ArrayBuffer): Promise<Object3D> {
  const loader = new GLTFLoader();
  withMeshopt(loader);
  const gltf = await loader.parseAsync(bytes, '');
  return gltf.scene;
}

/**
 * Whether the product page's small parser (src/viewer/glb-lite.ts) reads this model. It reads what our
 * pipeline writes; a model with animation, skins or other extensions shows only a placeholder there.
 */
export function shopperViewerReads(bytes: ArrayBuffer): boolean {
  try {
    const glb = readGlb(bytes);
    return glb !== null && !glb.unsupported;
  } catch {
    return false;
  }
}

function texturesOf(material: Material): Texture[] {
  return Object.values(material).filter((value): value is Texture => value instanceof Texture);
}

/** Measures a loaded model: triangles and draw calls as the renderer will issue them, materials, textures, size. */
export function measureModel(scene: Object3D, bytes: number): ModelStats {
  let triangles = 0;
  let drawCalls = 0;
  const materials = new Set<Material>();
  const images = new Map<unknown, { width: number; height: number }>();
  scene.updateWorldMatrix(true, true);
  scene.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const geometry = object.geometry;
    const count = geometry.index ? geometry.index.count : (geometry.attributes.position?.count ?? 0);
    triangles += Math.floor(count / 3);
    const list: Material[] = Array.isArray(object.material) ? object.material : [object.material];
    drawCalls += Array.isArray(object.material) ? Math.max(1, geometry.groups.length) : 1;
    for (const material of list) {
      materials.add(material);
      for (const texture of texturesOf(material)) {
        const image = texture.image as { width?: number; height?: number } | undefined;
        if (image?.width && image.height) images.set(image, { width: image.width, height: image.height });
      }
    }
  });
  const size = new Box3().setFromObject(scene, true).getSize(new Vector3());
  return {
    bytes,
    triangles,
    drawCalls,
    materials: materials.size,
    textures: [...images.values()],
    size: { x: size.x, y: size.y, z: size.z },
  };
}

/**
 * Runs the Khronos glTF validator on the bytes. The validator (~300 kB of Dart-compiled JS) is loaded only
 * here, on first use, so no other view pays for it.
 */
export async function validateGlb(bytes: ArrayBuffer, uri: string): Promise<ValidatorReport> {
  const { validateBytes } = await import('gltf-validator');
  return validateBytes(new Uint8Array(bytes), { uri, maxIssues: 100, writeTimestamp: false });
}
