import './ar.css';
import { Link } from 'wouter';
import { useT } from '../../i18n/useT';

/** No AR on this device: say so plainly and offer what does work (shelf-label scanning, the 3D view). */
export function ArUnavailable({ productId }: { productId: string | null }) {
  const t = useT();
  return (
    <section className="ar-unavailable" data-testid="ar-unavailable" role="status">
      <p>{t('ar.none')}</p>
      <div className="ar-unavailable-links">
        <Link href="/shop/scan" className="button" data-testid="ar-fallback-scan">
          {t('ar.none.scan')}
        </Link>
        {productId && (
          <Link href={`/p/${productId}`} className="button" data-testid="ar-fallback-3d">
            {t('ar.none.view3d')}
          </Link>
        )}
      </div>
    </section>
  );
}
