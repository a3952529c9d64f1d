import { useCallback } from 'react';
import { parseCatalogFile } from './import-catalog';
import { useStudioActions } from './hooks';

/**
 * Imports a picked or dropped `catalog.json`: a valid file replaces the draft (one undo step), an invalid one
 * is reported with every error by JSON path and the draft is left exactly as it was.
 */
export function useImportCatalog() {
  const { replaceDraft, setReport } = useStudioActions();
  return useCallback(
    async (file: File) => {
      const result = await parseCatalogFile(file);
      if (result.ok) {
        replaceDraft(result.catalog);
        setReport({ kind: 'import-done', name: file.name, errors: [] });
      } else {
        setReport({ kind: 'import-failed', name: file.name, errors: result.errors });
      }
    },
    [replaceDraft, setReport],
  );
}
