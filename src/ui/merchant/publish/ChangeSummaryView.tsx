import type { Catalog } from '../../../domain/catalog';
import type { CatalogChangeSummary } from '../../../domain/catalog/diff';
import type { MessageKey } from '../../../i18n/messages';
import { useT } from '../../../i18n/useT';
import { useLocale } from '../../../state/hooks';

export interface ChangeSummaryViewProps {
  summary: CatalogChangeSummary;
  /** Names products and promotions by their label where this catalog knows them. */
  catalog?: Catalog | null;
  testId?: string;
}

type Part = 'products' | 'promotions';
const kinds = ['added', 'removed', 'changed'] as const;
const headings: Record<Part, Record<(typeof kinds)[number], MessageKey>> = {
  products: {
    added: 'merchant.summary.productsAdded',
    removed: 'merchant.summary.productsRemoved',
    changed: 'merchant.summary.productsChanged',
  },
  promotions: {
    added: 'merchant.summary.promotionsAdded',
    removed: 'merchant.summary.promotionsRemoved',
    changed: 'merchant.summary.promotionsChanged',
  },
};

/** A change summary (`summarizeCatalogChange`) as lists: what was added, removed, changed, with field names. */
export function ChangeSummaryView({ summary, catalog, testId }: ChangeSummaryViewProps) {
  const t = useT();
  const locale = useLocale();
  if (summary.unchanged) return <p data-testid={testId}>{t('merchant.summary.unchanged')}</p>;
  const name = (part: Part, id: string) => {
    const item =
      part === 'products'
        ? catalog?.products.find((product) => product.id === id)?.name
        : catalog?.promotions.find((promotion) => promotion.id === id)?.label;
    return item ? `${item[locale]} (${id})` : id;
  };
  return (
    <dl className="change-summary" data-testid={testId}>
      {(['products', 'promotions'] as const).flatMap((part) =>
        kinds
          .filter((kind) => summary[part][kind].length > 0)
          .map((kind) => (
            <div key={`${part}-${kind}`} data-part={part} data-kind={kind}>
              <dt>{t(headings[part][kind])}</dt>
              {kind === 'changed'
                ? summary[part].changed.map((entry) => (
                    <dd key={entry.id} data-id={entry.id}>
                      {name(part, entry.id)} ·{' '}
                      {t('merchant.summary.fields', { fields: entry.fields.join(', ') })}
                    </dd>
                  ))
                : summary[part][kind].map((id) => (
                    <dd key={id} data-id={id}>
                      {name(part, id)}
                    </dd>
                  ))}
            </div>
          )),
      )}
      {summary.store.length > 0 && (
        <div data-part="store">
          <dt>{t('merchant.summary.store')}</dt>
          <dd>{t('merchant.summary.fields', { fields: summary.store.join(', ') })}</dd>
        </div>
      )}
      {summary.reordered && (
        <div data-part="order">
          <dt>{t('merchant.summary.reordered')}</dt>
        </div>
      )}
    </dl>
  );
}
