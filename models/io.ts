import { NodeIO, type Document } from '@gltf-transform/core';
import { ALL_EXTENSIONS, EXTMeshoptCompression } from '@gltf-transform/extensions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';

/**
 * A NodeIO that can both write and read EXT_meshopt_compression: writing compresses the buffers marked by
 * the meshoptCompress transform, reading decodes them so tests and the validator see plain accessors.
 */
export async function createIO(): Promise<NodeIO> {
  await Promise.all([MeshoptEncoder.ready, MeshoptDecoder.ready]);
  return new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}

/** Reads a (possibly meshopt-compressed) GLB into a document with decoded accessors. */
export async function readGlb(bytes: Uint8Array): Promise<Document> {
  return (await createIO()).readBinary(bytes);
}

/**
 * Decodes meshopt and re-writes the GLB without it. The Khronos validator cannot look inside meshopt
 * streams, so validating the compressed file would skip every accessor check we care about (normals,
 * bounds, indices); validating the decoded twin checks the data a loader actually gets.
 */
export async function decodeToPlainGlb(bytes: Uint8Array): Promise<Uint8Array> {
  const io = await createIO();
  const doc = await io.readBinary(bytes);
  doc
    .getRoot()
    .listExtensionsUsed()
    .find((ext) => ext.extensionName === EXTMeshoptCompression.EXTENSION_NAME)
    ?.dispose();
  return io.writeBinary(doc);
}
