import { readFileSync } from 'node:fs';

interface GltfJson {
  extensionsUsed?: string[];
  materials: { extensions?: Record<string, unknown> }[];
}

/**
 * One of our models re-packed with KHR_materials_emissive_strength on its first material: a valid glTF that
 * three's GLTFLoader reads but the product page's parser (outside our pipeline's subset) does not.
 */
export function modelWithForeignExtension(path = 'public/models/hami-melon.glb'): Buffer {
  const glb = readFileSync(path);
  const jsonLength = glb.readUInt32LE(12);
  const json = JSON.parse(glb.subarray(20, 20 + jsonLength).toString('utf8')) as GltfJson;
  json.extensionsUsed = [...(json.extensionsUsed ?? []), 'KHR_materials_emissive_strength'];
  json.materials[0]!.extensions = { KHR_materials_emissive_strength: { emissiveStrength: 1 } };
  // The JSON chunk is padded with spaces to 4 bytes; the BIN chunk after it is kept as it was.
  const text = Buffer.from(JSON.stringify(json));
  const padded = Buffer.concat([text, Buffer.alloc((4 - (text.length % 4)) % 4, 0x20)]);
  const rest = glb.subarray(20 + jsonLength);
  const header = Buffer.alloc(20);
  header.writeUInt32LE(0x46546c67, 0);
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(20 + padded.length + rest.length, 8);
  header.writeUInt32LE(padded.length, 12);
  header.writeUInt32LE(0x4e4f534a, 16);
  return Buffer.concat([header, padded, rest]);
}
