import { Link } from 'wouter';
import { useT } from '../i18n/useT';

export function NotFound() {
  const t = useT();
  return (
    <section className="not-found" data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link href="/" className="button">
        {t('notFound.back')}
      </Link>
    </section>
  );
}
