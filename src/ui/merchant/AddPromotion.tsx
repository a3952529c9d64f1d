import { useState } from 'react';
import { promotionKinds, type Product, type PromotionKind } from '../../domain/catalog';
import {
  addPromotion,
  fromShanghaiLocal,
  promotionIds,
  promotionTemplate,
  toShanghaiLocal,
} from '../../domain/merchant';
import { useT } from '../../i18n/useT';
import { readStudio, usePreviewAt, useStudioActions } from '../../merchant/hooks';

/** Picks a kind and adds a valid promotion of it for the current product, starting on the preview day. */
export function AddPromotion({ product }: { product: Product }) {
  const t = useT();
  const at = usePreviewAt();
  const [kind, setKind] = useState<PromotionKind>('flash-price');
  const { edit, openPromotionEditor } = useStudioActions();
  const add = () => {
    // The window starts at midnight of the preview day on the store's clock.
    const startsAt = fromShanghaiLocal(`${toShanghaiLocal(at).slice(0, 10)}T00:00`) ?? at;
    edit((draft) =>
      addPromotion(draft, promotionTemplate(kind, { product, startsAt, takenIds: promotionIds(draft) })),
    );
    const promotions = readStudio().draft?.promotions ?? [];
    openPromotionEditor(promotions.length - 1);
  };
  return (
    <div className="add-promotion">
      <label>
        <span className="studio-muted">{t('merchant.promotions.kind')}</span>
        <select
          value={kind}
          onChange={(event) => setKind(event.target.value as PromotionKind)}
          data-testid="new-promotion-kind"
        >
          {promotionKinds.map((option) => (
            <option key={option} value={option}>
              {t(`merchant.kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="is-primary" onClick={add} data-testid="add-promotion">
        + {t('merchant.promotions.add')}
      </button>
    </div>
  );
}
