import { BufferAttribute, InterleavedBuffer, InterleavedBufferAttribute } from 'three';
import type { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { at, cached, check, type Gltf } from './glb-format';

// glb-lite's data layer: buffer views (meshopt-decoded when compressed) and accessors as three attributes.

const COMPONENTS = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
} as const;
// KHR_mesh_quantization's normalized integers; GLTFLoader multiplies by these exact reciprocals.
export const NORMALIZED: Record<number, number> = {
  5120: 1 / 127,
  5121: 1 / 255,
  5122: 1 / 32767,
  5123: 1 / 65535,
};
const SIZES: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 };
const MESHOPT_MODES = ['ATTRIBUTES', 'TRIANGLES', 'INDICES'];
const MESHOPT_FILTERS = ['NONE', 'OCTAHEDRAL', 'QUATERNION', 'EXPONENTIAL', 'COLOR'];

/**
 * Reads buffer views and accessors of one GLB, each once (shared glTF data stays shared three data). Every
 * range is checked before it is read.
 */
export function createAccessorReader(
  json: Gltf,
  bin: Uint8Array | undefined,
  meshopt: typeof MeshoptDecoder,
) {
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

  return { view, accessor };
}
