// A GLB parser for just the glTF our model pipeline (models/) writes, so the product page can show a model
// without shipping GLTFLoader (~25 kB gzip, mostly animation, skinning, morphs, lights and cameras). It builds
// what GLTFLoader builds, object for object (test/viewer/glb-lite.test.ts compares the two on every model);
// for anything outside the subset (glb-format.ts) it returns null: the page shows a placeholder, and the
// merchant studio's audit has already said the model needs our pipeline.
import {
  Box3,
  BufferAttribute,
  BufferGeometry,
  Group,
  Matrix4,
  Mesh,
  Object3D,
  PropertyBinding,
  Sphere,
  Vector3,
} from 'three';
import type { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { createAccessorReader, NORMALIZED } from './glb-accessors';
import { ATTRIBUTES, at, cached, check, extras, readGlb, type PrimitiveDef } from './glb-format';
import { createMaterialReader, type DecodeImage } from './glb-materials';

export interface GlbLiteOptions {
  /** Turns an embedded PNG/JPEG into a texture image; `decodeImageBitmap` does what GLTFLoader does. */
  decodeImage: DecodeImage;
  meshopt: typeof MeshoptDecoder;
}

/** The decode GLTFLoader's ImageBitmapLoader does: no premultiplied alpha, no colour-space conversion. */
export const decodeImageBitmap = (blob: Blob) =>
  createImageBitmap(blob, { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });

/**
 * Parses a GLB into a three Group the way GLTFLoader would for the subset our pipeline writes; returns null
 * when the file uses anything outside that subset. Throws on a malformed file: every range is checked before
 * it is read.
 */
export async function parseGlbLite(data: ArrayBuffer, options: GlbLiteOptions): Promise<Group | null> {
  const { decodeImage, meshopt } = options;
  const glb = readGlb(data);
  if (!glb || glb.unsupported || !meshopt.supported) return null;
  const { bin, json } = glb;
  const { view, accessor } = createAccessorReader(json, bin, meshopt);
  const { materialParams, material } = createMaterialReader(json, view, decodeImage);

  const geometry = cached(
    (p: PrimitiveDef) => JSON.stringify([p.indices, p.mode, Object.entries(p.attributes).sort()]),
    async (p: PrimitiveDef) => {
      const g = new BufferGeometry();
      const names = Object.keys(p.attributes);
      const [index, ...attributes] = await Promise.all([
        p.indices === undefined ? null : accessor(p.indices),
        ...names.map((name) => accessor(p.attributes[name]!)),
      ]);
      names.forEach((name, k) => g.setAttribute(ATTRIBUTES[name]!, attributes[k]!));
      const count = attributes[0]?.count ?? 0;
      check(
        attributes.every((a) => a!.count === count),
        'a primitive has attributes of different lengths',
      );
      if (index) {
        check(index instanceof BufferAttribute && index.itemSize === 1, 'an index accessor is not SCALAR');
        for (const v of index.array) if (!(v >= 0 && v < count)) check(0, 'an index is out of range');
        g.setIndex(index);
      }
      extras(g, p);
      // Bounds from the accessor's min/max rather than the data, as GLTFLoader does.
      const position =
        p.attributes.POSITION === undefined
          ? undefined
          : at(json.accessors, p.attributes.POSITION, 'accessor');
      if (position?.min && position.max) {
        const scale = position.normalized ? NORMALIZED[position.componentType] : 1;
        check(scale, 'POSITION is normalized with an unsupported component type');
        const box = new Box3(new Vector3().fromArray(position.min), new Vector3().fromArray(position.max));
        box.min.multiplyScalar(scale);
        box.max.multiplyScalar(scale);
        g.boundingBox = box;
        g.boundingSphere = box.getBoundingSphere(new Sphere());
      }
      return g;
    },
  );

  // GLTFLoader names objects uniquely in the order it reserves them: scene, nodes depth-first, then meshes.
  const used = new Map<string, number>();
  const unique = (name: string) => {
    const base = PropertyBinding.sanitizeNodeName(name);
    const n = used.get(base);
    used.set(base, n === undefined ? 0 : n + 1);
    return n === undefined ? base : `${base}_${n + 1}`;
  };

  const mesh = cached(
    (i: number) => i,
    async (i: number): Promise<Object3D> => {
      const d = at(json.meshes, i, 'mesh');
      // Materials first, then geometries, as GLTFLoader requests them. Final materials are made once the mesh
      // is complete, as GLTFLoader's are, so their ids (three's draw order for opaque objects) come out alike.
      const params = d.primitives.map((p) => materialParams(p.material));
      const geometries = d.primitives.map(geometry);
      const [ps, gs] = await Promise.all([Promise.all(params), Promise.all(geometries)]);
      const parts = d.primitives.map((p, k) => new Mesh(gs[k], material(p, ps[k]!)));
      for (const part of parts) {
        part.name = unique(d.name || `mesh_${i}`);
        extras(part, d);
      }
      if (parts.length === 1) return parts[0]!;
      // Several primitives become a Group of Meshes, one per primitive.
      const group = new Group();
      if (parts.length) group.add(...parts);
      return group;
    },
  );

  // A mesh used by several nodes is cloned for each (sharing geometry and materials), as GLTFLoader does.
  const refs = new Map<number, number>();
  for (const n of json.nodes ?? []) if (n.mesh !== undefined) refs.set(n.mesh, (refs.get(n.mesh) ?? 0) + 1);
  const uses = new Map<number, number>();
  const seen = new Set<number>();

  // Names are reserved synchronously, before any await, to keep GLTFLoader's order.
  const node = (i: number): Promise<Object3D> => {
    const d = at(json.nodes, i, 'node');
    check(!seen.has(i), `node ${i} has more than one parent`);
    seen.add(i);
    const name = d.name ? unique(d.name) : '';
    const m = d.mesh;
    // Chained before the children are visited, so instances are numbered depth-first like GLTFLoader's.
    const own =
      m === undefined
        ? new Object3D()
        : mesh(m).then((o) => {
            if (refs.get(m)! < 2) return o;
            const n = uses.get(m) ?? 0;
            uses.set(m, n + 1);
            const instance = o.clone();
            instance.name += `_instance_${n}`;
            return instance;
          });
    const children = Promise.all((d.children ?? []).map(node));
    return (async () => {
      // Awaited together so that a failure in one doesn't leave the other's rejection unhandled.
      const [o, kids] = await Promise.all([own, children]);
      if (d.name) {
        o.userData.name = d.name;
        o.name = name;
      }
      extras(o, d);
      if (d.matrix) o.applyMatrix4(new Matrix4().fromArray(d.matrix));
      else {
        if (d.translation) o.position.fromArray(d.translation);
        if (d.rotation) o.quaternion.fromArray(d.rotation);
        if (d.scale) o.scale.fromArray(d.scale);
      }
      for (const child of kids) o.add(child);
      return o;
    })();
  };

  const sceneDef = at(json.scenes, json.scene ?? 0, 'scene');
  const scene = new Group();
  if (sceneDef.name) scene.name = unique(sceneDef.name);
  extras(scene, sceneDef);
  for (const root of await Promise.all((sceneDef.nodes ?? []).map((i) => node(i)))) scene.add(root);
  scene.updateMatrixWorld();
  return scene;
}
