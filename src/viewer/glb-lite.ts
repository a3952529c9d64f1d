// A GLB parser for just the glTF our model pipeline (models/) writes, so the product page can show a model
// without shipping GLTFLoader (~25 kB gzip, mostly animation, skinning, morphs, lights and cameras). It builds
// what GLTFLoader builds, object for object (test/viewer/glb-lite.test.ts compares the two on every model);
// for anything outside the subset (glb-format.ts) it returns null: the page shows a placeholder, and the
// merchant studio's audit has already said the model needs our pipeline.
import {
  Box3,
  BufferAttribute,
  BufferGeometry,
  ClampToEdgeWrapping,
  Color,
  DoubleSide,
  Group,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  LinearFilter,
  LinearMipmapLinearFilter,
  LinearMipmapNearestFilter,
  LinearSRGBColorSpace,
  Matrix4,
  Mesh,
  MeshStandardMaterial,
  MirroredRepeatWrapping,
  NearestFilter,
  NearestMipmapLinearFilter,
  NearestMipmapNearestFilter,
  Object3D,
  PropertyBinding,
  RepeatWrapping,
  SRGBColorSpace,
  Sphere,
  Texture,
  Vector3,
  type MagnificationTextureFilter,
  type MeshStandardMaterialParameters,
  type MinificationTextureFilter,
  type Wrapping,
} from 'three';
import type { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import {
  ATTRIBUTES,
  check,
  readGlb,
  type MaterialDef,
  type PrimitiveDef,
  type TextureDef,
} from './glb-format';

export interface GlbLiteOptions {
  /** Turns an embedded PNG/JPEG into a texture image; `decodeImageBitmap` does what GLTFLoader does. */
  decodeImage(blob: Blob): Promise<ImageBitmap | HTMLImageElement | HTMLCanvasElement | OffscreenCanvas>;
  meshopt: typeof MeshoptDecoder;
}

/** The decode GLTFLoader's ImageBitmapLoader does: no premultiplied alpha, no colour-space conversion. */
export const decodeImageBitmap = (blob: Blob) =>
  createImageBitmap(blob, { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });

const COMPONENTS = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
} as const;
// KHR_mesh_quantization's normalized integers; GLTFLoader multiplies by these exact reciprocals.
const NORMALIZED: Record<number, number> = { 5120: 1 / 127, 5121: 1 / 255, 5122: 1 / 32767, 5123: 1 / 65535 };
const SIZES: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 };
const FILTERS: Record<number, MinificationTextureFilter> = {
  9728: NearestFilter,
  9729: LinearFilter,
  9984: NearestMipmapNearestFilter,
  9985: LinearMipmapNearestFilter,
  9986: NearestMipmapLinearFilter,
  9987: LinearMipmapLinearFilter,
};
const WRAPS: Record<number, Wrapping> = {
  33071: ClampToEdgeWrapping,
  33648: MirroredRepeatWrapping,
  10497: RepeatWrapping,
};
const MESHOPT_MODES = ['ATTRIBUTES', 'TRIANGLES', 'INDICES'];
const MESHOPT_FILTERS = ['NONE', 'OCTAHEDRAL', 'QUATERNION', 'EXPONENTIAL', 'COLOR'];

/** A list entry by index; a dangling index is a malformed file. */
function at<T>(list: T[] | undefined, index: number | undefined, what: string): T {
  const item = index === undefined ? undefined : list?.[index];
  check(item !== undefined, `missing ${what} ${index}`);
  return item;
}

/** Memoises a loader by key the way GLTFLoader's caches do, so shared glTF objects stay shared three objects. */
function cached<A extends unknown[], V>(key: (...args: A) => unknown, make: (...args: A) => V) {
  const cache = new Map<unknown, V>();
  return (...args: A): V => {
    const k = key(...args);
    if (!cache.has(k)) cache.set(k, make(...args));
    return cache.get(k)!;
  };
}

function extras(object: { userData: Record<string, unknown> }, def: { extras?: unknown }) {
  if (def.extras && typeof def.extras === 'object') Object.assign(object.userData, def.extras);
}

const textureSlots = (d: MaterialDef) =>
  [
    ['map', d.pbrMetallicRoughness?.baseColorTexture, SRGBColorSpace],
    ['metalnessMap', d.pbrMetallicRoughness?.metallicRoughnessTexture],
    ['roughnessMap', d.pbrMetallicRoughness?.metallicRoughnessTexture],
    ['normalMap', d.normalTexture],
    ['aoMap', d.occlusionTexture],
    ['emissiveMap', d.emissiveTexture, SRGBColorSpace],
  ] as const;

/**
 * Parses a GLB into a three Group the way GLTFLoader would for the subset our pipeline writes; returns null
 * when the file uses anything outside that subset. Throws on a
 * malformed file: every range is checked before it is read.
 */
export async function parseGlbLite(data: ArrayBuffer, options: GlbLiteOptions): Promise<Group | null> {
  const { decodeImage, meshopt } = options;
  const glb = readGlb(data);
  if (!glb || glb.unsupported || !meshopt.supported) return null;
  const { bin, json } = glb;

  const bytes = (buffer: number, offset = 0, length: number, what: string) => {
    check(buffer === 0 && bin, `${what} reads buffer ${buffer}, which has no data`);
    check(offset >= 0 && length >= 0 && offset + length <= bin.byteLength, `${what} is out of range`);
    return new Uint8Array(bin.buffer, bin.byteOffset + offset, length);
  };

  const view = cached(
    (i: number) => i,
    async (i: number): Promise<ArrayBuffer> => {
      const d = at(json.bufferViews, i, 'bufferView');
      const m = d.extensions?.EXT_meshopt_compression;
      // Copied like GLTFLoader does, so the three objects don't pin the whole file.
      if (!m) return bytes(d.buffer, d.byteOffset, d.byteLength, `bufferView ${i}`).slice().buffer;
      check(
        MESHOPT_MODES.includes(m.mode) &&
          MESHOPT_FILTERS.includes(m.filter ?? 'NONE') &&
          m.count * m.byteStride === d.byteLength &&
          (d.byteStride ?? m.byteStride) === m.byteStride,
        `bufferView ${i} has an invalid EXT_meshopt_compression`,
      );
      const source = bytes(m.buffer, m.byteOffset, m.byteLength, `bufferView ${i}`);
      const decoded = await meshopt.decodeGltfBufferAsync(m.count, m.byteStride, source, m.mode, m.filter);
      return decoded.buffer as ArrayBuffer; // a fresh, exactly sized buffer
    },
  );

  const interleaved = new Map<string, InterleavedBuffer>();
  const accessor = cached(
    (i: number) => i,
    async (i: number) => {
      const d = at(json.accessors, i, 'accessor');
      const Typed = COMPONENTS[d.componentType as keyof typeof COMPONENTS];
      const size = SIZES[d.type];
      check(Typed && size, `accessor ${i} has an unknown type`);
      const data = await view(d.bufferView!);
      const stride = at(json.bufferViews, d.bufferView, 'bufferView').byteStride;
      const element = Typed.BYTES_PER_ELEMENT;
      const offset = d.byteOffset ?? 0;
      const normalized = d.normalized === true;
      const typed = (start: number, length: number) => {
        check(
          start % element === 0 && length >= 0 && start + length * element <= data.byteLength,
          `accessor ${i} is out of range`,
        );
        return new Typed(data, start, length);
      };
      // Same rule and cache key as GLTFLoader: a padded stride means an InterleavedBuffer per bufferView slice.
      if (stride && stride !== element * size) {
        const slice = Math.floor(offset / stride);
        const key = `${d.bufferView}:${d.componentType}:${slice}:${d.count}`;
        check(
          stride % element === 0 && (offset % stride) + element * size <= stride,
          `accessor ${i} overflows its stride`,
        );
        const buffer =
          interleaved.get(key) ??
          new InterleavedBuffer(typed(slice * stride, (d.count * stride) / element), stride / element);
        interleaved.set(key, buffer);
        return new InterleavedBufferAttribute(buffer, size, (offset % stride) / element, normalized);
      }
      return new BufferAttribute(typed(offset, d.count * size), size, normalized);
    },
  );

  const images = cached(
    (i?: number) => i,
    async (i?: number) => {
      const d = at(json.images, i, 'image');
      const texture = new Texture(
        await decodeImage(new Blob([await view(d.bufferView!)], { type: d.mimeType })),
      );
      texture.needsUpdate = true;
      extras(texture, d);
      texture.userData.mimeType = d.mimeType;
      return texture;
    },
  );
  const sourcesUsed = new Set<number | undefined>();
  // One Texture per image and sampler; a second sampler on the same image clones, sharing the pixels.
  const texture = cached(
    (d: TextureDef) => `${d.source}:${d.sampler}`,
    async (d: TextureDef) => {
      const copy = sourcesUsed.has(d.source);
      sourcesUsed.add(d.source);
      const image = await images(d.source);
      const t = copy ? image.clone() : image;
      const s = d.sampler === undefined ? {} : at(json.samplers, d.sampler, 'sampler');
      t.flipY = false;
      t.name = d.name || at(json.images, d.source, 'image').name || '';
      t.magFilter = (FILTERS[s.magFilter!] || LinearFilter) as MagnificationTextureFilter;
      t.minFilter = FILTERS[s.minFilter!] || LinearMipmapLinearFilter;
      t.wrapS = WRAPS[s.wrapS!] || RepeatWrapping;
      t.wrapT = WRAPS[s.wrapT!] || RepeatWrapping;
      t.generateMipmaps = t.minFilter !== NearestFilter && t.minFilter !== LinearFilter;
      return t;
    },
  );

  const materialParams = cached(
    (i?: number) => i,
    async (i?: number): Promise<MeshStandardMaterialParameters> => {
      if (i === undefined) return { metalness: 1 }; // glTF's default material
      const d = at(json.materials, i, 'material');
      const pbr = d.pbrMetallicRoughness ?? {};
      const [r = 1, g = 1, b = 1, a = 1] = pbr.baseColorFactor ?? [];
      const params: MeshStandardMaterialParameters = {
        color: new Color().setRGB(r, g, b, LinearSRGBColorSpace),
        opacity: a,
        metalness: pbr.metallicFactor ?? 1,
        roughness: pbr.roughnessFactor ?? 1,
        transparent: d.alphaMode === 'BLEND',
      };
      if (d.name) params.name = d.name;
      if (d.doubleSided === true) params.side = DoubleSide;
      // Blended surfaces don't write depth (three.js#17706), as GLTFLoader does.
      if (params.transparent) params.depthWrite = false;
      if (d.alphaMode === 'MASK') params.alphaTest = d.alphaCutoff ?? 0.5;
      if (d.occlusionTexture?.strength !== undefined) params.aoMapIntensity = d.occlusionTexture.strength;
      const e = d.emissiveFactor;
      if (e) params.emissive = new Color().setRGB(e[0]!, e[1]!, e[2]!, LinearSRGBColorSpace);
      // All textures are requested before any await, in GLTFLoader's order, so the same ones end up shared.
      await Promise.all(
        textureSlots(d).map(async ([slot, info, colorSpace]) => {
          if (!info) return;
          const t = await texture(at(json.textures, info.index, 'texture'));
          if (colorSpace) t.colorSpace = colorSpace;
          params[slot] = t;
        }),
      );
      return params;
    },
  );
  // GLTFLoader's assignFinalMaterial: one variant per vertex-colour / flat-shading / tangent need.
  const material = cached(
    ({ material: i, attributes: a }: PrimitiveDef, _: MeshStandardMaterialParameters) =>
      `${i}:${'TANGENT' in a}:${'COLOR_0' in a}:${'NORMAL' in a}`,
    ({ material: i, attributes: a }: PrimitiveDef, params: MeshStandardMaterialParameters) => {
      const m = new MeshStandardMaterial(params);
      const d: MaterialDef = i === undefined ? {} : at(json.materials, i, 'material');
      extras(m, d);
      m.vertexColors = 'COLOR_0' in a;
      m.flatShading = !('NORMAL' in a);
      // Per variant, next to the flip that depends on the variant.
      m.normalScale.setScalar(d.normalTexture?.scale ?? 1);
      // Derivative tangents flip the normal map's green channel (three.js#11438).
      if (!('TANGENT' in a)) m.normalScale.y *= -1;
      return m;
    },
  );

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
