import { useState, type DragEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { useImportCatalog } from '../../merchant/useImportCatalog';
import { useCustomModelDrop } from '../../merchant/useCustomModelDrop';

export interface ImportDropZoneProps {
  children: ReactNode;
  /** The product a dropped `.glb` is previewed on. */
  productId: string | null;
}

const isFileDrag = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** Drag-and-drop anywhere on the studio: `.json` imports a catalog, `.glb` previews a model on the product. */
export function ImportDropZone({ children, productId }: ImportDropZoneProps) {
  const t = useT();
  const [over, setOver] = useState(false);
  const importCatalog = useImportCatalog();
  const dropModel = useCustomModelDrop();
  const onDrop = (event: DragEvent) => {
    if (!isFileDrag(event)) return;
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (/\.glb$/i.test(file.name)) {
      if (productId) void dropModel(productId, file);
    } else void importCatalog(file);
  };
  return (
    <div
      className={over ? 'studio-drop is-over' : 'studio-drop'}
      onDragOver={(event) => {
        if (!isFileDrag(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={onDrop}
    >
      {children}
      {over && (
        <div className="studio-drop-hint" aria-hidden="true">
          {t('merchant.dropHint')}
        </div>
      )}
    </div>
  );
}
