import { useMemo } from 'react';
import { withStoreBase } from '../../../data/store-context';
import { create } from 'qrcode';
import type { Catalog, Product } from '../../../domain/catalog';
import { buildLabelPayload, LABEL_ERROR_CORRECTION, LABEL_QUIET_ZONE_MODULES } from '../../../domain/label';
import { labelPrice } from '../../../domain/merchant';
import { formatFen, formatInstant } from '../../../i18n/format';
import { translate } from '../../../i18n/locale';
import { QrCode } from '../../QrCode';

export interface ShelfLabelProps {
  catalog: Catalog;
  product: Product;
  shelfId: string;
  /** The app's origin the QR payload points at. */
  origin: string;
  at: string;
  /** Side of the printed QR symbol (finder edge to finder edge, without the quiet zone), mm. */
  codeSizeMm: number;
}

/**
 * One printed shelf label. The QR symbol is exactly `codeSizeMm` wide on paper, because camera AR measures
 * distance from it: the SVG also holds the quiet zone, so its size is the symbol plus four modules a side.
 * Bilingual on purpose: zh-CN for shoppers, English for visitors, whatever the studio's language.
 */
export function ShelfLabel({ catalog, product, shelfId, origin, at, codeSizeMm }: ShelfLabelProps) {
  // The codec writes `<origin>/p/…`; a store under `/s/<storeId>` needs its prefix in the printed URL.
  const payload = withStoreBase(buildLabelPayload(origin, product.id, shelfId), origin);
  const modules = useMemo(
    () => create(payload, { errorCorrectionLevel: LABEL_ERROR_CORRECTION }).modules.size,
    [payload],
  );
  const svgMm = (codeSizeMm * (modules + 2 * LABEL_QUIET_ZONE_MODULES)) / modules;
  const price = labelPrice(catalog, product.id, at);
  const zh = (fen: number) => formatFen(fen, 'zh-CN');
  const promotion = price?.promotion;
  return (
    <article
      className="shelf-label"
      data-testid={`label-${product.id}`}
      data-payload={payload}
      data-code-mm={codeSizeMm}
    >
      <div className="shelf-label-code">
        <QrCode
          text={payload}
          size={`${svgMm.toFixed(3)}mm`}
          title={product.name['zh-CN']}
          errorCorrection={LABEL_ERROR_CORRECTION}
          testId={`qr-${product.id}`}
        />
        <span className="shelf-label-id">{product.id}</span>
      </div>
      <div className="shelf-label-info">
        <h2>{product.name['zh-CN']}</h2>
        <p className="shelf-label-en">{product.name.en}</p>
        <p className="shelf-label-unit">
          {product.unit['zh-CN']} · {product.unit.en}
        </p>
        {promotion && <span className="shelf-label-promo">{promotion.label['zh-CN']}</span>}
        {price && (
          <div className="shelf-label-price">
            <strong>{zh(price.priceFen)}</strong>
            {price.priceFen < price.listFen && (
              <s>{translate('zh-CN', 'labels.listPrice', { price: zh(price.listFen) })}</s>
            )}
          </div>
        )}
        {promotion && (
          <p className="shelf-label-window">
            {translate('zh-CN', 'labels.window', {
              start: formatInstant(promotion.startsAt, 'zh-CN'),
              end: formatInstant(promotion.endsAt, 'zh-CN'),
            })}
          </p>
        )}
        <p className="shelf-label-foot">
          <span>
            {translate('zh-CN', 'labels.shelf', { shelf: shelfId })} ·{' '}
            {translate('en', 'labels.shelf', { shelf: shelfId })}
          </span>
          <span>{translate('zh-CN', 'labels.codeSize', { size: codeSizeMm })}</span>
        </p>
      </div>
    </article>
  );
}
