import { useEffect } from 'react';
import { registerDiagnostic } from '../../app/diagnostics';
import { readStudio, useStudio, useStudioActions } from '../../merchant/hooks';
import { usePublishedProducts } from '../../state/hooks';
import { AuditPanel } from './AuditPanel';
import { ImportDropZone } from './ImportDropZone';
import { PreviewPanel } from './PreviewPanel';
import { ProductEditor } from './ProductEditor';
import { ProductList } from './ProductList';
import { PromotionsPanel } from './PromotionsPanel';
import { StudioTabs } from './StudioTabs';
import { StudioToolbar } from './StudioToolbar';
import './merchant.css';

/** The merchant studio: toolbar, product list, 3D preview, and the promotion / product / audit panels. */
export function MerchantStudio() {
  const draftProducts = useStudio((state) => state.draft?.products);
  const liveProducts = usePublishedProducts();
  const selected = useStudio((state) => state.selectedProductId);
  const tab = useStudio((state) => state.tab);
  const { selectProduct, undo, redo } = useStudioActions();
  const products = draftProducts ?? liveProducts;
  const productId = products.some((product) => product.id === selected)
    ? selected
    : (products[0]?.id ?? null);

  useEffect(() => {
    if (productId && productId !== selected) selectProduct(productId);
  }, [productId, selected, selectProduct]);

  useEffect(() => {
    registerDiagnostic('merchant', () => {
      const { draft, errors, validCatalog, previewAt, dirtySince, past, future, base } = readStudio();
      return {
        draft,
        errors,
        validCatalog,
        previewAt,
        dirtySince,
        base,
        undoDepth: past.length,
        redoDepth: future.length,
      };
    });
  }, []);

  useEffect(() => {
    // Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y), except while typing, where the field's own undo applies.
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <ImportDropZone productId={productId}>
      <div className="studio" data-testid="merchant-studio">
        <StudioToolbar />
        <div className="studio-body">
          <ProductList products={products} selectedId={productId} onSelect={selectProduct} />
          {productId && <PreviewPanel productId={productId} />}
          <section className="studio-side">
            <StudioTabs />
            {productId && tab === 'promotions' && <PromotionsPanel productId={productId} />}
            {productId && tab === 'product' && <ProductEditor productId={productId} />}
            {productId && tab === 'audit' && <AuditPanel productId={productId} />}
          </section>
        </div>
      </div>
    </ImportDropZone>
  );
}
