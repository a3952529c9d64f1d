import type { CatalogNotice } from '../data/catalog-source';
import { catalogErrorText } from '../i18n/catalog-error-text';
import { formatInstant } from '../i18n/format';
import { registerMessages } from '../i18n/locale';
import { catalogNoticeEn, catalogNoticeZh } from '../i18n/messages/catalog-notice';
import { useT } from '../i18n/useT';
import { useLocale } from '../state/hooks';

// Loaded only when there is a notice, so these strings and the rule translations stay out of every first load.
registerMessages(catalogNoticeZh, catalogNoticeEn);

export interface CatalogNoticeTextProps {
  notice: CatalogNotice;
}

/** Names why the prices on screen are not fresh (and from when they are), or that there are none to show. */
export default function CatalogNoticeText({ notice }: CatalogNoticeTextProps) {
  const t = useT();
  const locale = useLocale();
  const time = notice.keptFrom && formatInstant(notice.keptFrom, locale);
  if (notice.kind === 'offline') {
    return <span>{time ? t('catalog.offline', { time }) : t('catalog.offlineUnknown')}</span>;
  }
  const first = notice.kind === 'invalid' ? notice.errors[0] : undefined;
  const reason =
    notice.kind === 'invalid'
      ? t('catalog.invalid', {
          first: first ? `${first.path}: ${catalogErrorText(first.message, locale)}` : '?',
        })
      : notice.kind === 'too-large'
        ? t('catalog.tooLarge', { limit: `${notice.limit / 1_000_000} MB` })
        : t(notice.kind === 'broken' ? 'catalog.broken' : 'catalog.unreachable', { reason: notice.reason });
  return (
    <span>
      {reason} {time ? t('catalog.kept', { time }) : t('catalog.keptNone')}
    </span>
  );
}
