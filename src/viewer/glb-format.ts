// The GLB container and the glTF JSON subset the product page's parser reads (glb-lite.ts), without three.js,
// so the merchant studio can tell whether the shopper's viewer will show a model without loading a second
// copy of three.

const ALLOWED = new Set<unknown>(['EXT_meshopt_compression', 'KHR_mesh_quantization']);
export const ATTRIBUTES: Record<string, string> = {
  POSITION: 'position',
  NORMAL: 'normal',
  TANGENT: 'tangent',
  TEXCOORD_0: 'uv',
  COLOR_0: 'color',
};

export interface Def {
  name?: string;
  extras?: unknown;
}
export interface TextureInfo {
  index: number;
  texCoord?: number;
  scale?: number;
  strength?: number;
}
export interface MaterialDef extends Def {
  pbrMetallicRoughness?: {
    baseColorFactor?: number[];
    baseColorTexture?: TextureInfo;
    metallicFactor?: number;
    roughnessFactor?: number;
    metallicRoughnessTexture?: TextureInfo;
  };
  normalTexture?: TextureInfo;
  occlusionTexture?: TextureInfo;
  emissiveTexture?: TextureInfo;
  emissiveFactor?: number[];
  alphaMode?: string;
  alphaCutoff?: number;
  doubleSided?: boolean;
}
export interface PrimitiveDef {
  attributes: Record<string, number>;
  indices?: number;
  material?: number;
  mode?: number;
  targets?: unknown;
  extras?: unknown;
}
export interface NodeDef extends Def {
  children?: number[];
  mesh?: number;
  matrix?: number[];
  translation?: number[];
  rotation?: number[];
  scale?: number[];
  skin?: number;
  camera?: number;
  weights?: number[];
}
export interface TextureDef extends Def {
  source?: number;
  sampler?: number;
}
export interface Gltf {
  asset?: { version?: string };
  scene?: number;
  scenes?: (Def & { nodes?: number[] })[];
  nodes?: NodeDef[];
  meshes?: (Def & { primitives: PrimitiveDef[]; weights?: number[] })[];
  accessors?: {
    bufferView?: number;
    byteOffset?: number;
    componentType: number;
    normalized?: boolean;
    count: number;
    type: string;
    min?: number[];
    max?: number[];
    sparse?: unknown;
  }[];
  bufferViews?: {
    buffer: number;
    byteOffset?: number;
    byteLength: number;
    byteStride?: number;
    extensions?: {
      EXT_meshopt_compression?: {
        buffer: number;
        byteOffset?: number;
        byteLength: number;
        byteStride: number;
        count: number;
        mode: string;
        filter?: string;
      };
    };
  }[];
  buffers?: { uri?: string }[];
  materials?: MaterialDef[];
  textures?: TextureDef[];
  images?: (Def & { bufferView?: number; mimeType?: string; uri?: string })[];
  samplers?: { magFilter?: number; minFilter?: number; wrapS?: number; wrapT?: number }[];
  skins?: unknown[];
  animations?: unknown[];
  cameras?: unknown[];
}

export function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(`glb-lite: ${message}`);
}

// Texture references per material; a second UV set (texCoord) is outside the subset.
const textureInfos = (d: MaterialDef) => [
  d.pbrMetallicRoughness?.baseColorTexture,
  d.pbrMetallicRoughness?.metallicRoughnessTexture,
  d.normalTexture,
  d.occlusionTexture,
  d.emissiveTexture,
];

const unsupportedParts = (j: Gltf) =>
  !j.asset?.version?.startsWith('2.') ||
  [j.skins, j.animations, j.cameras].some((list) => list?.length) ||
  j.scenes?.length !== 1 ||
  j.buffers?.some((b) => b.uri !== undefined) ||
  j.images?.some((i) => i.bufferView === undefined || !/^image\/(png|jpeg)$/.test(i.mimeType ?? '')) ||
  j.accessors?.some((a) => a.sparse || a.bufferView === undefined) ||
  // A `pivot` in node extras is GLTFExporter's pivot pattern, which GLTFLoader rebuilds and we don't.
  j.nodes?.some(
    (n) =>
      n.skin !== undefined || n.camera !== undefined || n.weights || Object(n.extras).pivot !== undefined,
  ) ||
  j.meshes?.some(
    (m) =>
      m.weights ||
      m.primitives.some(
        (p) =>
          (p.mode ?? 4) !== 4 ||
          p.targets ||
          Object.keys(p.attributes).some((a) => !Object.hasOwn(ATTRIBUTES, a)),
      ),
  ) ||
  j.materials?.some((m) => textureInfos(m).some((info) => info?.texCoord));

/**
 * The JSON and BIN chunk of a GLB, and whether it uses anything outside the subset (an extension not on the
 * allow-list, animation, skins...). Null when the data is not GLB version 2; throws when it is truncated.
 */
export function readGlb(
  data: ArrayBuffer,
): { json: Gltf; bin: Uint8Array | undefined; unsupported: boolean } | null {
  const chunks = readChunks(data);
  if (!chunks) return null;
  // The reviver sees every `extensions` object and list, so no extension outside the allow-list slips by.
  let foreign = false;
  const json = JSON.parse(chunks.json, (key, value: unknown) => {
    if (/^extensions(Used|Required)?$/.test(key)) {
      const names = key === 'extensions' ? Object.keys(Object(value)) : Object.values(Object(value));
      foreign ||= names.some((name) => !ALLOWED.has(name));
    }
    return value;
  }) as Gltf;
  return { json, bin: chunks.bin, unsupported: foreign || Boolean(unsupportedParts(json)) };
}

/** The JSON text and BIN chunk of a GLB, or null when the data is not GLB version 2. */
function readChunks(data: ArrayBuffer) {
  const view = new DataView(data);
  if (data.byteLength < 12 || view.getUint32(0, true) !== 0x46546c67 || view.getUint32(4, true) !== 2)
    return null;
  const length = view.getUint32(8, true);
  let json: string | undefined;
  let bin: Uint8Array | undefined;
  for (let offset = 12; offset < length;) {
    check(offset + 8 <= length && length <= data.byteLength, 'the file is truncated');
    const size = view.getUint32(offset, true);
    const type = view.getUint32(offset + 4, true);
    offset += 8;
    check(offset + size <= length, 'the file is truncated');
    const chunk = new Uint8Array(data, offset, size);
    if (type === 0x4e4f534a) json ??= new TextDecoder().decode(chunk);
    if (type === 0x004e4942) bin ??= chunk;
    offset += size;
  }
  check(json !== undefined, 'no JSON chunk');
  return { json, bin };
}

/** A list entry by index; a dangling index is a malformed file. */
export function at<T>(list: T[] | undefined, index: number | undefined, what: string): T {
  const item = index === undefined ? undefined : list?.[index];
  check(item !== undefined, `missing ${what} ${index}`);
  return item;
}

/** Memoises a loader by key the way GLTFLoader's caches do, so shared glTF objects stay shared three objects. */
export function cached<A extends unknown[], V>(key: (...args: A) => unknown, make: (...args: A) => V) {
  const cache = new Map<unknown, V>();
  return (...args: A): V => {
    const k = key(...args);
    if (!cache.has(k)) cache.set(k, make(...args));
    return cache.get(k)!;
  };
}

/** Copies a glTF object's `extras` into the three object's userData, as GLTFLoader does. */
export function extras(object: { userData: Record<string, unknown> }, def: { extras?: unknown }) {
  if (def.extras && typeof def.extras === 'object') Object.assign(object.userData, def.extras);
}
