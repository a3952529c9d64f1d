import { describe, expect, it, vi } from 'vitest';
import { model, lite, editGlb, tiny, write, stubImageDecoding } from './glb-kit';

// Loading, decoding and writing models takes a while on a loaded 2-core machine.
vi.setConfig({ testTimeout: 30_000 });
stubImageDecoding();

describe('parseGlbLite rejects malformed files instead of reading out of bounds', () => {
  const apple = () => model('aksu-apple.glb');

  it('rejects a truncated file', async () => {
    const bytes = apple();
    await expect(lite(bytes.slice(0, bytes.byteLength >> 1))).rejects.toThrow(/truncated/);
  });

  it('rejects a chunk that runs past the end of the file', async () => {
    const bytes = apple();
    new DataView(bytes.buffer).setUint32(12, bytes.byteLength, true);
    await expect(lite(bytes)).rejects.toThrow(/truncated/);
  });

  it('rejects an accessor that runs past its bufferView', async () => {
    const bytes = editGlb(apple(), (json) => {
      json.accessors[3].count = 5000;
    });
    await expect(lite(bytes)).rejects.toThrow(/accessor 3 is out of range/);
  });

  it('rejects an index accessor that runs past its bufferView', async () => {
    const bytes = editGlb(apple(), (json) => {
      json.accessors[2].byteOffset = 14832;
    });
    await expect(lite(bytes)).rejects.toThrow(/accessor 2 is out of range/);
  });

  it('rejects a bufferView that runs past the binary chunk', async () => {
    const bytes = editGlb(apple(), (json) => {
      json.bufferViews[0].byteLength = 1_000_000;
    });
    await expect(lite(bytes)).rejects.toThrow(/bufferView 0 is out of range/);
  });

  it('rejects compressed data that runs past the binary chunk', async () => {
    const bytes = editGlb(apple(), (json) => {
      json.bufferViews[2].extensions.EXT_meshopt_compression.byteOffset = 1_000_000;
    });
    await expect(lite(bytes)).rejects.toThrow(/bufferView 2 is out of range/);
  });

  it('rejects a meshopt count that does not fill its bufferView', async () => {
    const bytes = editGlb(apple(), (json) => {
      json.bufferViews[2].extensions.EXT_meshopt_compression.count += 16;
    });
    await expect(lite(bytes)).rejects.toThrow(/bufferView 2 has an invalid EXT_meshopt_compression/);
  });

  it('rejects a corrupt meshopt stream', async () => {
    const bytes = editGlb(apple(), (json, bin) => {
      const { byteOffset, byteLength } = json.bufferViews[2].extensions.EXT_meshopt_compression;
      bin.fill(0, byteOffset, byteOffset + byteLength);
    });
    await expect(lite(bytes)).rejects.toThrow(/Malformed buffer data/);
  });

  it('rejects an index that points past the last vertex', async () => {
    const bytes = editGlb(await write(tiny().doc), (json, bin) => {
      const view = json.bufferViews[json.accessors[json.meshes[0].primitives[0].indices].bufferView];
      bin.fill(0xff, view.byteOffset ?? 0, (view.byteOffset ?? 0) + 2);
    });
    await expect(lite(bytes)).rejects.toThrow(/index is out of range/);
  });

  it('rejects a reference to a material that does not exist', async () => {
    const bytes = editGlb(apple(), (json) => {
      json.meshes[0].primitives[1].material = 42;
    });
    await expect(lite(bytes)).rejects.toThrow(/missing material 42/);
  });

  it('rejects a node hierarchy with a cycle', async () => {
    const bytes = editGlb(apple(), (json) => {
      json.nodes[1].children = [0];
    });
    await expect(lite(bytes)).rejects.toThrow(/node 0 has more than one parent/);
  });
});
