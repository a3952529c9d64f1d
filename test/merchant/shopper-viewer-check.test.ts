import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shopperViewerReads } from '../../src/merchant/model-audit';

/** Packs glTF JSON into a GLB (JSON chunk only, padded with spaces as the spec asks). */
function glb(json: object): ArrayBuffer {
  const text = Buffer.from(JSON.stringify(json));
  const padded = Buffer.concat([text, Buffer.alloc((4 - (text.length % 4)) % 4, 0x20)]);
  const out = Buffer.alloc(20 + padded.length);
  out.writeUInt32LE(0x46546c67, 0);
  out.writeUInt32LE(2, 4);
  out.writeUInt32LE(out.length, 8);
  out.writeUInt32LE(padded.length, 12);
  out.writeUInt32LE(0x4e4f534a, 16);
  padded.copy(out, 20);
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.length);
}

const plain = { asset: { version: '2.0' }, scene: 0, scenes: [{ nodes: [] }] };

describe('model audit: can the product page show this model?', () => {
  it('says yes for every model our pipeline wrote', () => {
    for (const name of readdirSync('public/models')) {
      const bytes = readFileSync(`public/models/${name}`);
      expect(
        shopperViewerReads(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)),
        name,
      ).toBe(true);
    }
    expect(shopperViewerReads(glb(plain))).toBe(true);
  });

  it('says no for animation, skins and extensions outside the subset, and for broken files', () => {
    expect(shopperViewerReads(glb({ ...plain, animations: [{ channels: [], samplers: [] }] }))).toBe(false);
    expect(shopperViewerReads(glb({ ...plain, skins: [{ joints: [0] }] }))).toBe(false);
    expect(shopperViewerReads(glb({ ...plain, extensionsUsed: ['KHR_materials_unlit'] }))).toBe(false);
    expect(shopperViewerReads(glb(plain).slice(0, 30))).toBe(false);
    expect(shopperViewerReads(new TextEncoder().encode('{"asset":{}}').buffer as ArrayBuffer)).toBe(false);
  });
});
