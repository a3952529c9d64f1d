import '../../i18n/register-merchant-messages';
import { useEffect } from 'react';
import { storeContext } from '../../data/store-context';
import { useT } from '../../i18n/useT';
import { readStudio, useStudio, useStudioActions } from '../../merchant/hooks';
import { usePublishedCatalog, useCatalogMeta } from '../../state/hooks';
import { MerchantStudio } from '../../ui/merchant/MerchantStudio';
import { StaffGate } from '../../ui/staff/StaffGate';
import { StoredNotice } from '../../ui/stored/StoredNotice';

/**
 * `/merchant`: the studio edits a draft of the published catalog. A draft saved on this computer wins over
 * the published catalog, so nothing typed is lost by a reload or a catalog refresh. On the store server an
 * owner must sign in, and a draft without unpublished changes follows the store's live version (a publish
 * or rollback from elsewhere), while one with changes keeps them and says it is based on an older version.
 */
export default function MerchantSurface() {
  return (
    <StaffGate roles={['owner']} purpose="merchant">
      <MerchantDraft />
    </StaffGate>
  );
}

function MerchantDraft() {
  const t = useT();
  const catalog = usePublishedCatalog();
  const meta = useCatalogMeta();
  const hasDraft = useStudio((state) => state.draft !== null);
  const { startDraft, discardDraft } = useStudioActions();
  useEffect(() => {
    if (!catalog) return;
    startDraft(catalog, meta);
    const { dirtySince, base } = readStudio();
    const moved = storeContext.mode === 'server' && meta?.etag && base?.etag !== meta.etag;
    if (moved && !dirtySince) discardDraft(catalog, meta);
  }, [catalog, meta, startDraft, discardDraft]);
  if (!hasDraft) return <p className="studio-loading">{t('merchant.loading')}</p>;
  return (
    <>
      <StoredNotice />
      <MerchantStudio />
    </>
  );
}
