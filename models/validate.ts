import { validateBytes, type ValidationReport } from 'gltf-validator';
import { decodeToPlainGlb } from './io';

/**
 * Runs the Khronos glTF validator on the meshopt-decoded form of a GLB (see {@link decodeToPlainGlb}).
 * Infos and hints are reported but only errors and warnings fail our build and tests.
 */
export async function validateGlb(bytes: Uint8Array): Promise<ValidationReport> {
  return validateBytes(await decodeToPlainGlb(bytes), { format: 'glb', maxIssues: 100 });
}
