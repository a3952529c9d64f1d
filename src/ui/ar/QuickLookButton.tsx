import { useState } from 'react';
import type { Product } from '../../domain/catalog';
import { useNow } from '../../hooks/useNow';
import { usePriceView } from '../../hooks/usePriceView';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useActions, useLocale } from '../../state/hooks';
import { arStatus } from '../../xr/ar-diagnostics';
import { quickLookButtonTapped, quickLookFragment } from '../../xr/quick-look-banner';
import { usdzUrl } from '../../xr/quick-look';

/**
 * Opens the product in iOS AR Quick Look: converts the model to USDZ (cached), then follows a `rel="ar"` link
 * whose banner shows the name, the promotion price and "Add to cart"; a tap on that button adds to the cart.
 */
export function QuickLookButton({ product }: { product: Product }) {
  const t = useT();
  const locale = useLocale();
  const price = usePriceView(product.id, useNow(1000));
  const { addToCart } = useActions();
  const [state, setState] = useState<'idle' | 'preparing' | 'failed'>('idle');

  const open = async () => {
    if (!price) return;
    setState('preparing');
    try {
      const url = await usdzUrl(product.model);
      const link = document.createElement('a');
      link.rel = 'ar';
      link.href =
        url +
        quickLookFragment({
          title: product.name[locale],
          subtitle:
            price.priceFen < price.listFen ? `${t('ar.listPrice')} ${formatFen(price.listFen, locale)}` : '',
          price: formatFen(price.priceFen, locale),
          callToAction: t('ar.quickLook.action'),
        });
      // Safari opens Quick Look only for a rel="ar" link whose first child is an image.
      link.appendChild(document.createElement('img'));
      link.addEventListener('message', (event) => {
        if ((event as MessageEvent).data === quickLookButtonTapped) addToCart(product.id);
      });
      arStatus.mode = 'quick-look';
      link.click();
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <button
      type="button"
      className="button"
      data-testid="ar-mode-quick-look"
      disabled={state === 'preparing'}
      onClick={() => void open()}
    >
      {state === 'preparing' ? t('ar.preparing') : t('ar.mode.quickLook')}
      {state === 'failed' && <span role="alert"> · {t('ar.startFailed', { reason: 'USDZ' })}</span>}
    </button>
  );
}
