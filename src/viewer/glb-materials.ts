import {
  ClampToEdgeWrapping,
  Color,
  DoubleSide,
  LinearFilter,
  LinearMipmapLinearFilter,
  LinearMipmapNearestFilter,
  LinearSRGBColorSpace,
  MeshStandardMaterial,
  MirroredRepeatWrapping,
  NearestFilter,
  NearestMipmapLinearFilter,
  NearestMipmapNearestFilter,
  RepeatWrapping,
  SRGBColorSpace,
  Texture,
  type MagnificationTextureFilter,
  type MeshStandardMaterialParameters,
  type MinificationTextureFilter,
  type Wrapping,
} from 'three';
import {
  at,
  cached,
  extras,
  type Gltf,
  type MaterialDef,
  type PrimitiveDef,
  type TextureDef,
} from './glb-format';

// glb-lite's materials: embedded images, textures with their samplers, and GLTFLoader's material variants.

export type DecodeImage = (
  blob: Blob,
) => Promise<ImageBitmap | HTMLImageElement | HTMLCanvasElement | OffscreenCanvas>;

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
 * Builds the materials of one GLB, each texture and material once. `view` reads a buffer view's bytes (the
 * images are embedded). The awaits keep GLTFLoader's order, so ids, and with them draw order, match.
 */
export function createMaterialReader(
  json: Gltf,
  view: (i: number) => Promise<ArrayBuffer>,
  decodeImage: DecodeImage,
) {
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

  return { materialParams, material };
}
