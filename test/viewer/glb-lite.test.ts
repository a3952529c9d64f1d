import { Primitive } from '@gltf-transform/core';
import { KHRMaterialsUnlit, KHRTextureTransform } from '@gltf-transform/extensions';
import { InterleavedBufferAttribute } from 'three';
import { describe, expect, it, vi } from 'vitest';
import { createIO } from '../../models/io';
import { meshoptCompress } from '../../models/transforms/meshopt-compress';
import { quantize } from '../../models/transforms/quantize';
import {
  MODEL_FILES,
  model,
  lite,
  reference,
  expectSame,
  meshes,
  creationOrder,
  editGlb,
  kitchenSink,
  withMatrix,
  tiny,
  write,
  stubImageDecoding,
} from './glb-kit';

// Loading, decoding and writing models takes a while on a loaded 2-core machine.
vi.setConfig({ testTimeout: 30_000 });
stubImageDecoding();

describe('parseGlbLite on our models', () => {
  it('covers every committed model', () => {
    expect(MODEL_FILES).toHaveLength(8);
  });

  it.each(MODEL_FILES)('builds the same scene as GLTFLoader for %s', async (file) => {
    const bytes = model(file);
    const [mine, theirs] = await Promise.all([lite(bytes), reference(bytes)]);
    expect(mine).not.toBeNull();
    expectSame(mine, theirs, file);
    expect(creationOrder(mine!)).toEqual(creationOrder(theirs));
    // Guard against a vacuous pass: the models do have meshes, quantized data and textures.
    const found = meshes(mine!);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((m) => m.geometry.getAttribute('position').normalized)).toBe(true);
    expect(found.some((m) => (m.material as { map?: unknown }).map)).toBe(true);
  });
});

describe('parseGlbLite on a file exercising the whole subset', () => {
  it('matches GLTFLoader on uncompressed, interleaved float data', async () => {
    const bytes = editGlb(await write(kitchenSink()), withMatrix);
    const [mine, theirs] = await Promise.all([lite(bytes), reference(bytes)]);
    expect(mine).not.toBeNull();
    expectSame(mine, theirs, 'kitchen-sink');
    expect(creationOrder(mine!)).toEqual(creationOrder(theirs));
    const names = new Set<string>();
    mine!.traverse((o) => names.add(o.name));
    // The cases the file was built for really are in it.
    expect(names).toEqual(
      new Set([
        'widget',
        'widget_1',
        'frame',
        'body',
        'body_1',
        'body_2',
        'bolt',
        'bolt_1',
        'bolt_2_instance_2',
        'empty',
        'mesh_2',
        'mesh_2_1',
        '', // the Group for the unnamed node's two-primitive mesh
      ]),
    );
    expect(
      meshes(mine!).some((m) => m.geometry.getAttribute('position') instanceof InterleavedBufferAttribute),
    ).toBe(true);
  });

  it('matches GLTFLoader after our pipeline quantizes and meshopt-compresses it', async () => {
    const doc = kitchenSink();
    await doc.transform(quantize(), meshoptCompress());
    const bytes = editGlb(await (await createIO()).writeBinary(doc), (json) => {
      expect(json.extensionsRequired).toEqual(['EXT_meshopt_compression', 'KHR_mesh_quantization']);
      withMatrix(json);
    });
    const [mine, theirs] = await Promise.all([lite(bytes), reference(bytes)]);
    expect(mine).not.toBeNull();
    expectSame(mine, theirs, 'kitchen-sink (meshopt)');
    expect(creationOrder(mine!)).toEqual(creationOrder(theirs));
  });
});

describe('parseGlbLite leaves anything outside the subset to GLTFLoader', () => {
  it('accepts the unmodified base file, so the variants below test one thing each', async () => {
    expect(await lite(await write(tiny().doc))).not.toBeNull();
  });

  const variants: [string, () => Promise<Uint8Array | ArrayBuffer>][] = [
    [
      'an unsupported material extension',
      async () => {
        const { doc, prim } = tiny();
        prim
          .getMaterial()!
          .setExtension('KHR_materials_unlit', doc.createExtension(KHRMaterialsUnlit).createUnlit());
        return write(doc);
      },
    ],
    [
      'KHR_texture_transform',
      async () => {
        const { doc, prim } = tiny();
        const transform = doc.createExtension(KHRTextureTransform).createTransform().setScale([2, 2]);
        prim.getMaterial()!.getBaseColorTextureInfo()!.setExtension('KHR_texture_transform', transform);
        return write(doc);
      },
    ],
    [
      'KHR_draco_mesh_compression',
      async () =>
        editGlb(await write(tiny().doc), (json) => {
          json.extensionsUsed = ['KHR_draco_mesh_compression'];
          json.extensionsRequired = ['KHR_draco_mesh_compression'];
          json.meshes[0].primitives[0].extensions = {
            KHR_draco_mesh_compression: { bufferView: 0, attributes: { POSITION: 0 } },
          };
        }),
    ],
    [
      'a skin',
      async () => {
        const { doc, prim } = tiny();
        const buffer = doc.getRoot().listBuffers()[0]!;
        prim.setAttribute(
          'JOINTS_0',
          doc.createAccessor().setType('VEC4').setArray(new Uint8Array(16)).setBuffer(buffer),
        );
        prim.setAttribute(
          'WEIGHTS_0',
          doc.createAccessor().setType('VEC4').setArray(new Float32Array(16).fill(0.25)).setBuffer(buffer),
        );
        const joint = doc.createNode('joint');
        const node = doc.getRoot().listNodes()[0]!.addChild(joint);
        node.setSkin(doc.createSkin().addJoint(joint));
        return write(doc);
      },
    ],
    [
      'an animation',
      async () => {
        const { doc } = tiny();
        const buffer = doc.getRoot().listBuffers()[0]!;
        const sampler = doc
          .createAnimationSampler()
          .setInput(
            doc
              .createAccessor()
              .setType('SCALAR')
              .setArray(new Float32Array([0, 1]))
              .setBuffer(buffer),
          )
          .setOutput(doc.createAccessor().setType('VEC3').setArray(new Float32Array(6)).setBuffer(buffer));
        const channel = doc
          .createAnimationChannel()
          .setTargetNode(doc.getRoot().listNodes()[0]!)
          .setTargetPath('translation')
          .setSampler(sampler);
        doc.createAnimation('spin').addSampler(sampler).addChannel(channel);
        return write(doc);
      },
    ],
    [
      'a camera',
      async () => {
        const { doc } = tiny();
        doc.getRoot().listNodes()[0]!.setCamera(doc.createCamera().setType('perspective'));
        return write(doc);
      },
    ],
    [
      'morph targets',
      async () => {
        const { doc, prim } = tiny();
        const buffer = doc.getRoot().listBuffers()[0]!;
        const delta = doc
          .createAccessor()
          .setType('VEC3')
          .setArray(new Float32Array(12).fill(0.1))
          .setBuffer(buffer);
        prim.addTarget(doc.createPrimitiveTarget().setAttribute('POSITION', delta));
        return write(doc);
      },
    ],
    [
      'lines',
      async () => {
        const { doc, prim } = tiny();
        prim.setMode(Primitive.Mode.LINES!);
        return write(doc);
      },
    ],
    [
      'a sparse accessor',
      async () =>
        editGlb(await write(tiny().doc), (json) => {
          json.accessors[0].sparse = {
            count: 1,
            indices: { bufferView: 0, componentType: 5123 },
            values: { bufferView: 0 },
          };
        }),
    ],
    [
      'an external image',
      async () =>
        editGlb(await write(tiny().doc), (json) => {
          json.images[0] = { uri: 'skin.png' };
        }),
    ],
    [
      'an external buffer',
      async () =>
        editGlb(await write(tiny().doc), (json) => {
          json.buffers.push({ uri: 'extra.bin', byteLength: 4 });
        }),
    ],
    [
      'a second UV set on a texture',
      async () =>
        editGlb(await write(tiny().doc), (json) => {
          json.materials[0].pbrMetallicRoughness.baseColorTexture.texCoord = 1;
        }),
    ],
    [
      "GLTFExporter's pivot pattern",
      async () => {
        const { doc } = tiny();
        doc
          .getRoot()
          .listNodes()[0]!
          .setExtras({ pivot: [0, 1, 0] });
        return write(doc);
      },
    ],
    [
      'two scenes',
      async () => {
        const { doc } = tiny();
        doc.createScene('other');
        return write(doc);
      },
    ],
    ['glTF JSON instead of GLB', async () => new TextEncoder().encode('{"asset":{"version":"2.0"}}')],
    ['an empty file', async () => new Uint8Array(0)],
    [
      'a glTF 1.0 binary',
      async () => {
        const bytes = new Uint8Array(editGlb(await write(tiny().doc), () => {}));
        new DataView(bytes.buffer).setUint32(4, 1, true);
        return bytes;
      },
    ],
  ];

  it.each(variants)('returns null for %s', async (_name, build) => {
    expect(await lite(await build())).toBeNull();
  });
});
