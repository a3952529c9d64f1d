import '../../i18n/register-merchant-messages';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { useStudioActions } from '../../merchant/hooks';
import { useCatalog } from '../../state/hooks';
import { MerchantStudio } from '../../ui/merchant/MerchantStudio';
import { useStudio } from '../../merchant/hooks';

/**
 * `/merchant`: the studio edits a draft of the published catalog. A draft saved on this computer wins over
 * the published catalog, so nothing typed is lost by a reload or a catalog refresh.
 */
export default function MerchantSurface() {
  const t = useT();
  const catalog = useCatalog();
  const hasDraft = useStudio((state) => state.draft !== null);
  const { startDraft } = useStudioActions();
  useEffect(() => {
    if (catalog) startDraft(catalog);
  }, [catalog, startDraft]);
  if (!hasDraft) return <p className="studio-loading">{t('merchant.loading')}</p>;
  return <MerchantStudio />;
}
