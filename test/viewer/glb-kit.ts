// What test/viewer/glb-lite.test.ts compares with: our models, GLTFLoader on the same bytes with a stub image
// decoder, a deep scene comparison, and GLB builders for the subset's edge cases.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Document,
  NodeIO,
  Primitive,
  TextureInfo,
  type Buffer as GltfBuffer,
  type TypedArray,
} from '@gltf-transform/core';
import { KHRMaterialsUnlit, KHRTextureTransform } from '@gltf-transform/extensions';
import { PNG } from 'pngjs';
import type { Material, Mesh, Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { decodeImageBitmap, parseGlbLite, type GlbLiteOptions } from '../../src/viewer/glb-lite';

const MODELS = fileURLToPath(new URL('../../public/models/', import.meta.url));
export const MODEL_FILES = readdirSync(MODELS).filter((f) => f.endsWith('.glb'));
export const model = (file: string) => new Uint8Array(readFileSync(join(MODELS, file)));

/**
 * Node has no image decoder, so both loaders get the same stub `createImageBitmap`: GLTFLoader reaches it
 * through its ImageBitmapLoader (fetching the blob: URL it makes), glb-lite through `decodeImageBitmap`.
 * The stub keeps the exact bytes, MIME type and decode options it was given, so the comparison still
 * checks that every texture got the right image, decoded the same way; only pixel decoding is skipped.
 */
class FakeBitmap {
  width = 2;
  height = 2;
  constructor(
    readonly bytes: Uint8Array,
    readonly type: string,
    readonly options: unknown,
  ) {}
  close() {}
}
const fakeCreateImageBitmap = async (blob: Blob, options?: unknown) =>
  new FakeBitmap(new Uint8Array(await blob.arrayBuffer()), blob.type, options);

/** Installs the stub for the test file's lifetime (call at its top level). */
export function stubImageDecoding(): void {
  beforeAll(() => {
    vi.stubGlobal('createImageBitmap', fakeCreateImageBitmap);
    vi.stubGlobal('self', globalThis); // GLTFLoader reads `self.URL`
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
}

const options: GlbLiteOptions = {
  decodeImage: decodeImageBitmap,
  meshopt: MeshoptDecoder,
};
const copy = (bytes: Uint8Array | ArrayBuffer) => new Uint8Array(bytes).slice().buffer;
export const lite = (bytes: Uint8Array | ArrayBuffer) => parseGlbLite(copy(bytes), options);
export async function reference(bytes: Uint8Array | ArrayBuffer) {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  return (await loader.parseAsync(copy(bytes), '')).scene;
}

type Bag = Record<string, unknown>;
const isObject = (v: unknown): v is Bag => typeof v === 'object' && v !== null;
const IGNORED = new Set(['uuid', 'parent']);

/**
 * Deep comparison of everything reachable from two three.js objects (every own enumerable property, except
 * uuids and parent links), that also checks sharing: an object used twice on one side (a geometry, a
 * material, a texture, an attribute) must be the same object twice on the other side.
 */
export function expectSame(
  mine: unknown,
  theirs: unknown,
  path: string,
  pairs = new Map<unknown, unknown>(),
): void {
  if (!isObject(mine) || !isObject(theirs)) {
    expect(mine, path).toBe(theirs);
    return;
  }
  expect(mine.constructor, `${path} type`).toBe(theirs.constructor);
  if (ArrayBuffer.isView(mine)) {
    expect(mine, path).toEqual(theirs);
    return;
  }
  if (typeof mine.toArray === 'function') {
    // Vectors, quaternions, Euler angles, matrices, colours.
    expect((mine.toArray as () => unknown)(), path).toEqual((theirs.toArray as () => unknown)());
    return;
  }
  const known = pairs.get(mine);
  if (known !== undefined) {
    expect(known === theirs, `${path} is shared like GLTFLoader shares it`).toBe(true);
    return;
  }
  expect(pairs.has(theirs), `${path} is shared like GLTFLoader shares it`).toBe(false);
  pairs.set(mine, theirs).set(theirs, mine);
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    if (!IGNORED.has(key)) expectSame(mine[key], theirs[key], `${path}.${key}`, pairs);
  }
}

export function meshes(root: Object3D): Mesh[] {
  const found: Mesh[] = [];
  root.traverse((o) => {
    if ((o as Mesh).isMesh) found.push(o as Mesh);
  });
  return found;
}

/**
 * three draws opaque objects sorted by material id, then depth, then object id, so coplanar surfaces only
 * look the same if materials and meshes were created in the same relative order (ids are global counters).
 */
export function creationOrder(root: Object3D) {
  const rank = (ids: number[]) => ids.map((id) => [...new Set(ids)].sort((x, y) => x - y).indexOf(id));
  const found = meshes(root);
  return {
    materials: rank(found.map((m) => (m.material as Material).id)),
    meshes: rank(found.map((m) => m.id)),
  };
}

/** Rewrites a GLB's JSON (and optionally its BIN chunk) to build malformed or unsupported variants. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function editGlb(bytes: Uint8Array, edit: (json: any, bin: Uint8Array) => void): ArrayBuffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength)));
  const binAt = 20 + jsonLength;
  const bin = bytes.slice(binAt + 8, binAt + 8 + view.getUint32(binAt, true));
  edit(json, bin);
  return glb(new TextEncoder().encode(JSON.stringify(json)), bin);
}

function glb(json: Uint8Array, bin?: Uint8Array): ArrayBuffer {
  const pad = (data: Uint8Array, fill: number) => {
    const out = new Uint8Array(Math.ceil(data.byteLength / 4) * 4).fill(fill);
    out.set(data);
    return out;
  };
  const chunks = [
    [pad(json, 0x20), 0x4e4f534a] as const,
    ...(bin ? [[pad(bin, 0), 0x004e4942] as const] : []),
  ];
  const length = 12 + chunks.reduce((sum, [data]) => sum + 8 + data.byteLength, 0);
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, length, true);
  let at = 12;
  for (const [data, type] of chunks) {
    view.setUint32(at, data.byteLength, true);
    view.setUint32(at + 4, type, true);
    out.set(data, at + 8);
    at += 8 + data.byteLength;
  }
  return out.buffer;
}

function tinyPng(): Uint8Array {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

/** A quad with optional extras; indices are 32-bit when asked, to cover both index types. */
function quad(doc: Document, buffer: GltfBuffer, { colors = false, tangents = false, wide = false } = {}) {
  const accessor = (type: 'VEC2' | 'VEC3' | 'VEC4' | 'SCALAR', array: TypedArray) =>
    doc.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', accessor('VEC3', new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0])))
    .setAttribute('NORMAL', accessor('VEC3', new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1])))
    .setAttribute('TEXCOORD_0', accessor('VEC2', new Float32Array([0, 0, 1, 0, 1, 1, 0, 1])))
    .setIndices(
      accessor('SCALAR', wide ? new Uint32Array([0, 1, 2, 0, 2, 3]) : new Uint16Array([0, 1, 2, 0, 2, 3])),
    );
  if (colors) {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 128]);
    prim.setAttribute('COLOR_0', accessor('VEC4', rgba).setNormalized(true));
  }
  if (tangents) prim.setAttribute('TANGENT', accessor('VEC4', new Float32Array(16).fill(0.5)));
  return prim;
}

/**
 * Everything in glb-lite's subset at once: a multi-primitive mesh, a mesh reused by three nodes (one
 * unnamed), clashing names, vertex colours, tangents, the default material, every texture slot, an image
 * used with two samplers, a JPEG, alpha modes, double-sided, emissive, extras, and (after writing) a matrix.
 */
export function kitchenSink(): Document {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const png = doc
    .createTexture('checker')
    .setImage(tinyPng())
    .setMimeType('image/png')
    .setExtras({ origin: 'test' });
  const jpeg = doc
    .createTexture('photo')
    .setImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]))
    .setMimeType('image/jpeg');
  const painted = doc
    .createMaterial('painted')
    .setBaseColorFactor([0.8, 0.2, 0.1, 1])
    .setBaseColorTexture(png)
    .setMetallicFactor(0.3)
    .setRoughnessFactor(0.6)
    .setEmissiveFactor([0.1, 0.2, 0.3])
    .setEmissiveTexture(jpeg)
    .setDoubleSided(true)
    .setExtras({ finish: 'gloss' });
  const glass = doc
    .createMaterial('glass')
    .setAlphaMode('BLEND')
    .setBaseColorFactor([0.5, 0.7, 0.9, 0.4])
    .setNormalTexture(png)
    .setNormalScale(0.5)
    .setMetallicRoughnessTexture(jpeg)
    .setOcclusionTexture(png)
    .setOcclusionStrength(0.7);
  glass
    .getNormalTextureInfo()!
    .setWrapS(TextureInfo.WrapMode.CLAMP_TO_EDGE!)
    .setMinFilter(TextureInfo.MinFilter.NEAREST!);
  const cutout = doc.createMaterial('cutout').setAlphaMode('MASK').setAlphaCutoff(0.3);

  const body = doc
    .createMesh('body')
    .addPrimitive(quad(doc, buffer, { colors: true }).setMaterial(painted))
    .addPrimitive(quad(doc, buffer, { wide: true }).setMaterial(glass))
    .addPrimitive(quad(doc, buffer).setMaterial(cutout))
    .setExtras({ part: 'body' });
  const bolt = doc.createMesh('bolt').addPrimitive(quad(doc, buffer, { tangents: true }));
  // 'glass' again, now with vertex colours: a second variant of a normal-mapped material.
  const plain = doc
    .createMesh()
    .addPrimitive(quad(doc, buffer).setMaterial(cutout))
    .addPrimitive(quad(doc, buffer, { colors: true }).setMaterial(glass));

  const root = doc
    .createNode('widget')
    .setTranslation([0.1, 0.2, 0.3])
    .setRotation([0, Math.SQRT1_2, 0, Math.SQRT1_2])
    .setScale([2, 2, 2])
    .setExtras({ sku: 'W-1' });
  root.addChild(doc.createNode('frame').setMesh(body));
  root.addChild(doc.createNode('bolt').setMesh(bolt).setTranslation([1, 0, 0]));
  root.addChild(doc.createNode('bolt').setMesh(bolt).setTranslation([-1, 0, 0]));
  root.addChild(doc.createNode().setMesh(bolt));
  root.addChild(doc.createNode('empty').addChild(doc.createNode().setMesh(plain)));
  doc.createScene('widget').addChild(root);
  return doc;
}

/** Gives the node named 'frame' a matrix (translation, rotation, non-uniform scale) instead of TRS. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withMatrix(json: any) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const frame = json.nodes.find((n: any) => n.name === 'frame');
  frame.matrix = [0, 0, -3, 0, 0, 2, 0, 0, 1, 0, 0, 0, 5, 6, 7, 1];
  delete frame.translation;
  delete frame.rotation;
  delete frame.scale;
}

/** One textured triangle: the base for the unsupported variants. */
export function tiny(): { doc: Document; prim: Primitive } {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const prim = quad(doc, buffer).setMaterial(
    doc
      .createMaterial('m')
      .setBaseColorTexture(doc.createTexture().setImage(tinyPng()).setMimeType('image/png')),
  );
  const node = doc.createNode('n').setMesh(doc.createMesh('m').addPrimitive(prim));
  doc.createScene().addChild(node);
  return { doc, prim };
}
export const write = (doc: Document) =>
  new NodeIO().registerExtensions([KHRMaterialsUnlit, KHRTextureTransform]).writeBinary(doc);
