import type { CatalogError, Product } from '../../domain/catalog';
import { deletePromotion, duplicatePromotion, type DraftPromotion } from '../../domain/merchant';
import { formatInstant } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { usePreviewAt, useStudio, useStudioActions } from '../../merchant/hooks';
import { useLocale } from '../../state/hooks';
import { PromotionEditor } from './PromotionEditor';

export interface PromotionRowProps {
  index: number;
  promotion: DraftPromotion;
  errors: readonly CatalogError[];
  products: readonly Product[];
}

/** A promotion's summary line (kind, name, window, state at the preview instant) with its actions and editor. */
export function PromotionRow({ index, promotion, errors, products }: PromotionRowProps) {
  const t = useT();
  const locale = useLocale();
  const at = Date.parse(usePreviewAt());
  const open = useStudio((state) => state.openPromotion === index);
  const { edit, openPromotionEditor } = useStudioActions();
  const own = errors.filter((error) => error.path.startsWith(`promotions[${index}]`));
  const label = (promotion.label as Record<string, string> | undefined)?.[locale] || promotion.id;
  const starts = Date.parse(String(promotion.startsAt));
  const ends = Date.parse(String(promotion.endsAt));
  const state = at < starts ? 'upcoming' : at >= ends ? 'ended' : 'activeAt';
  const when =
    Number.isFinite(starts) && Number.isFinite(ends)
      ? `${formatInstant(new Date(starts), locale)} – ${formatInstant(new Date(ends), locale)}`
      : '';
  return (
    <li
      className={`promotion-row${open ? ' is-open' : ''}${own.length ? ' is-invalid' : ''}`}
      data-testid={`promotion-${promotion.id}`}
    >
      <div className="promotion-summary">
        <span className={`promotion-kind kind-${promotion.kind}`}>
          {t(`merchant.kind.${promotion.kind}`)}
        </span>
        <span className="promotion-name">
          <strong>{label}</strong>
          <small>
            {when} ·{' '}
            <span className={`promotion-state is-${state}`}>{t(`merchant.promotions.${state}`)}</span>
            {own.length > 0 && (
              <span className="promotion-errors">
                {' '}
                · {t('merchant.promotions.errors', { count: own.length })}
              </span>
            )}
          </small>
        </span>
        <span className="promotion-actions">
          <button
            type="button"
            onClick={() => openPromotionEditor(open ? null : index)}
            data-testid={`edit-${promotion.id}`}
          >
            {open ? t('merchant.promotions.close') : t('merchant.promotions.edit')}
          </button>
          <button
            type="button"
            className="is-quiet"
            onClick={() => edit((draft) => duplicatePromotion(draft, index))}
            data-testid={`duplicate-${promotion.id}`}
          >
            {t('merchant.promotions.duplicate')}
          </button>
          <button
            type="button"
            className="is-quiet is-danger"
            onClick={() => {
              if (!window.confirm(t('merchant.promotions.deleteConfirm', { name: label }))) return;
              openPromotionEditor(null);
              edit((draft) => deletePromotion(draft, index));
            }}
            data-testid={`delete-${promotion.id}`}
          >
            {t('merchant.promotions.delete')}
          </button>
        </span>
      </div>
      {open && <PromotionEditor index={index} promotion={promotion} errors={errors} products={products} />}
    </li>
  );
}
