import { useMemo } from 'react';
import { unitPrice } from '../../domain/pricing';
import { formatFen, formatInstant } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { usePreviewAt, usePreviewCatalog, useStudio } from '../../merchant/hooks';
import { useLocale } from '../../state/hooks';
import { LightingPicker } from './LightingPicker';
import { MerchantViewer } from './MerchantViewer';
import { PreviewAtControl } from './PreviewAtControl';

/**
 * The centre of the studio: the product in 3D with the shopper's price tag, the "preview at" instant, the
 * lighting presets, and the way into the emulated AR room.
 */
export function PreviewPanel({ productId }: { productId: string }) {
  const t = useT();
  const locale = useLocale();
  const catalog = usePreviewCatalog();
  const at = usePreviewAt();
  const errorCount = useStudio((state) => state.errors.length);
  const product = catalog?.products.find((item) => item.id === productId);
  const price = useMemo(() => (catalog ? unitPrice(catalog, productId, at) : null), [catalog, productId, at]);
  const arHref = `${import.meta.env.BASE_URL}shop?xr=emulate&product=${encodeURIComponent(productId)}`;
  return (
    <section className="studio-preview" aria-label={product?.name[locale]}>
      <div className="studio-preview-head">
        <div>
          <h2>{product?.name[locale]}</h2>
          <p className="studio-muted">
            {product?.unit[locale]} · {product?.origin[locale]}
          </p>
        </div>
        <div className="studio-price" data-testid="preview-price" data-fen={price?.ok ? price.unitFen : ''}>
          {price?.ok && (
            <>
              <strong>{formatFen(price.unitFen, locale)}</strong>
              {price.unitFen < price.listFen && <s>{formatFen(price.listFen, locale)}</s>}
              {price.active && (
                <span className="studio-price-promo">
                  {price.active.label[locale]} · {formatInstant(price.active.endsAt, locale)}
                </span>
              )}
            </>
          )}
        </div>
      </div>
      {errorCount > 0 && (
        <p className="studio-invalid" role="status">
          {t('merchant.invalidDraft', { count: errorCount })}
        </p>
      )}
      <MerchantViewer productId={productId} />
      <div className="studio-preview-controls">
        <PreviewAtControl />
        <div className="studio-preview-row">
          <LightingPicker />
          <a
            className="studio-ar"
            href={arHref}
            target="_blank"
            rel="noopener"
            title={t('merchant.arPreviewHint')}
            data-testid="ar-preview"
          >
            {t('merchant.arPreview')} ↗
          </a>
        </div>
      </div>
    </section>
  );
}
