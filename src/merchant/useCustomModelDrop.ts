import { useCallback } from 'react';
import { glbHeaderProblem } from '../domain/merchant';
import { useStudioActions } from './hooks';
import { parseGlb, validateGlb } from './model-audit';

/** A merchant's own model may be at most this large (the catalog budget is far smaller; this is a preview). */
export const maxCustomModelBytes = 10 * 1024 * 1024;

/**
 * Checks a dropped `.glb` and, if it is usable, previews it on the product: size cap, GLB header, a full parse
 * with the app's own loader (meshopt and quantized files included) and the Khronos validator (errors reject
 * the file). A rejected file is reported with its reason and changes nothing.
 */
export function useCustomModelDrop() {
  const { setCustomModel, setReport, setTab } = useStudioActions();
  return useCallback(
    async (productId: string, file: File) => {
      const reject = (message: string) =>
        setReport({ kind: 'model-rejected', name: file.name, errors: [{ path: file.name, message }] });
      if (file.size > maxCustomModelBytes) {
        reject(`${(file.size / 1048576).toFixed(1)} MB is over the 10 MB limit`);
        return;
      }
      const bytes = await file.arrayBuffer();
      const header = glbHeaderProblem(new Uint8Array(bytes));
      if (header) return reject(header);
      try {
        await parseGlb(bytes.slice(0));
      } catch (error) {
        return reject(
          `three.js could not load it: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      try {
        const report = await validateGlb(bytes, file.name);
        const first = report.issues.messages.find((message) => message.severity === 0);
        if (report.issues.numErrors > 0 && first) {
          return reject(
            `glTF validator: ${report.issues.numErrors} errors, first ${first.code} at ${first.pointer ?? '?'}: ${first.message}`,
          );
        }
      } catch {
        // The validator is a second opinion: the file already loaded, so a validator failure does not block it.
      }
      setCustomModel(productId, { url: URL.createObjectURL(file), name: file.name, bytes: file.size });
      setReport(null);
      setTab('audit');
    },
    [setCustomModel, setReport, setTab],
  );
}
