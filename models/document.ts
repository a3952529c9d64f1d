import { Document, Logger, type Material, type Primitive } from '@gltf-transform/core';
import {
  meshBounds,
  mergeMeshes,
  placeMesh,
  type MeshData,
  type Placement,
  type Vec3,
} from './geometry/mesh-data';
import { eulerToQuaternion } from './geometry/quaternion';

/** Surface of one part of a product. Colours are sRGB hex; glTF wants linear factors, converted here. */
export interface MaterialSpec {
  name: string;
  color: string;
  roughness: number;
  metallic?: number;
  /** PNG bytes for baseColorTexture; the mesh then needs UVs and `color` tints it (use '#ffffff'). */
  texture?: Uint8Array;
}

/**
 * One material's worth of geometry. Parts sharing a MaterialSpec object become one primitive. A part with
 * `instances` is stored once and placed by one node per instance: a heap of walnuts costs one walnut's
 * bytes per variant instead of one per nut.
 */
export interface Part {
  material: MaterialSpec;
  mesh: MeshData;
  instances?: Placement[];
}

function srgbToLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

function createMaterial(doc: Document, spec: MaterialSpec): Material {
  const n = parseInt(spec.color.slice(1), 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => srgbToLinear(c / 255));
  const material = doc
    .createMaterial(spec.name)
    .setBaseColorFactor([rgb[0]!, rgb[1]!, rgb[2]!, 1])
    .setRoughnessFactor(spec.roughness)
    .setMetallicFactor(spec.metallic ?? 0);
  if (spec.texture) {
    const texture = doc.createTexture(spec.name).setImage(spec.texture).setMimeType('image/png');
    material.setBaseColorTexture(texture);
  }
  return material;
}

function createPrimitive(doc: Document, data: MeshData, material: Material, textured: boolean): Primitive {
  const buffer = doc.getRoot().listBuffers()[0] ?? doc.createBuffer();
  const accessor = (
    type: 'VEC3' | 'VEC2' | 'SCALAR',
    array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer>,
  ) => doc.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const vertexCount = data.positions.length / 3;
  const primitive = doc
    .createPrimitive()
    .setMaterial(material)
    .setAttribute('POSITION', accessor('VEC3', new Float32Array(data.positions)))
    .setAttribute('NORMAL', accessor('VEC3', new Float32Array(data.normals)))
    .setIndices(
      accessor('SCALAR', vertexCount < 65536 ? new Uint16Array(data.indices) : new Uint32Array(data.indices)),
    );
  // UVs only where a texture reads them: unused attributes are dead bytes.
  if (textured) primitive.setAttribute('TEXCOORD_0', accessor('VEC2', new Float32Array(data.uvs)));
  return primitive;
}

/**
 * Builds a glTF document: a root node named after the product holding one node for the merged parts (a
 * primitive per material) and one node per instance of instanced parts. Everything is moved so the
 * product stands on y = 0, centred in x/z: the AR placement code puts the origin on the floor or shelf,
 * so every generator gets that guarantee here instead of by its own arithmetic.
 */
export function createProductDocument(id: string, parts: Part[]): Document {
  const doc = new Document();
  // Transforms log every pruned accessor at INFO; a build should only speak up when something is wrong.
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  const placed = parts.flatMap((p) => (p.instances ?? [{}]).map((placement) => placeMesh(p.mesh, placement)));
  const { min, max } = meshBounds(placed);
  const shift: Vec3 = [-(min[0] + max[0]) / 2, -min[1], -(min[2] + max[2]) / 2];
  const root = doc.createNode(id);
  doc.getRoot().setDefaultScene(doc.createScene(id).addChild(root));
  const materials = new Map<MaterialSpec, Material>();
  const materialFor = (spec: MaterialSpec): Material =>
    materials.get(spec) ?? materials.set(spec, createMaterial(doc, spec)).get(spec)!;

  const merged = new Map<MaterialSpec, MeshData[]>();
  for (const part of parts.filter((p) => !p.instances)) {
    merged.set(part.material, [...(merged.get(part.material) ?? []), part.mesh]);
  }
  if (merged.size > 0) {
    const mesh = doc.createMesh(id);
    for (const [spec, meshes] of merged) {
      const data = placeMesh(mergeMeshes(meshes), { translation: shift });
      mesh.addPrimitive(createPrimitive(doc, data, materialFor(spec), spec.texture !== undefined));
    }
    root.addChild(doc.createNode(`${id}-body`).setMesh(mesh));
  }
  parts.forEach((part, p) => {
    if (!part.instances) return;
    const mesh = doc.createMesh(`${id}-${part.material.name}-${p}`);
    mesh.addPrimitive(
      createPrimitive(doc, part.mesh, materialFor(part.material), part.material.texture !== undefined),
    );
    part.instances.forEach(({ rotation = [0, 0, 0], scale = 1, translation = [0, 0, 0] }, i) => {
      const node = doc
        .createNode(`${mesh.getName()}-${i}`)
        .setMesh(mesh)
        .setRotation(eulerToQuaternion(rotation))
        .setScale([scale, scale, scale])
        .setTranslation([translation[0] + shift[0], translation[1] + shift[1], translation[2] + shift[2]]);
      root.addChild(node);
    });
  });
  return doc;
}

/**
 * Spreads `placements` over a few mesh `variants` (round-robin) and returns one instanced part per
 * variant: enough variety that a heap does not look cloned, at the byte cost of only the variants.
 */
export function instancedParts(
  material: MaterialSpec,
  variants: MeshData[],
  placements: Placement[],
): Part[] {
  return variants.map((mesh, v) => ({
    material,
    mesh,
    instances: placements.filter((_, i) => i % variants.length === v),
  }));
}
