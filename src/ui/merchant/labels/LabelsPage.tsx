import { Link } from 'wouter';
import type { Catalog } from '../../../domain/catalog';
import { DEFAULT_LABEL_CODE_SIZE_MM } from '../../../domain/label';
import { defaultShelfId } from '../../../domain/merchant';
import { formatInstant } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { usePreviewAt } from '../../../merchant/hooks';
import { useLocale } from '../../../state/hooks';
import { ShelfLabel } from './ShelfLabel';
import './labels.css';

/** Two columns of five 95 × 55 mm labels fill an A4 sheet inside 10 mm margins. */
const perSheet = 10;

/** The print page: a screen-only toolbar, then A4 sheets of labels at exact physical size. */
export function LabelsPage({ catalog }: { catalog: Catalog }) {
  const t = useT();
  const locale = useLocale();
  const at = usePreviewAt();
  const codeSizeMm = catalog.store.labelCodeSizeMm ?? DEFAULT_LABEL_CODE_SIZE_MM;
  const origin = window.location.origin;
  const labels = catalog.products.map((product, index) => ({ product, shelfId: defaultShelfId(index) }));
  const sheets: (typeof labels)[] = [];
  for (let i = 0; i < labels.length; i += perSheet) sheets.push(labels.slice(i, i + perSheet));
  return (
    <div className="labels-page">
      <div className="labels-toolbar">
        <Link href="/merchant" className="labels-back">
          ← {t('labels.back')}
        </Link>
        <div className="labels-info">
          <h1>{t('labels.title')}</h1>
          <p>
            {t('labels.priceAt', { time: formatInstant(at, locale, 'long') })} ·{' '}
            {t('labels.sheetInfo', { perSheet, sheets: sheets.length, size: codeSizeMm })}
          </p>
        </div>
        <button type="button" onClick={() => window.print()} data-testid="print">
          {t('labels.print')}
        </button>
      </div>
      {sheets.map((sheet, index) => (
        <section key={index} className="label-sheet" data-testid="label-sheet">
          {sheet.map(({ product, shelfId }) => (
            <ShelfLabel
              key={product.id}
              catalog={catalog}
              product={product}
              shelfId={shelfId}
              origin={origin}
              at={at}
              codeSizeMm={codeSizeMm}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
