import '../../i18n/register-merchant-messages';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { usePreviewCatalog, useStudioActions } from '../../merchant/hooks';
import { usePublishedCatalog } from '../../state/hooks';
import { LabelsPage } from '../../ui/merchant/labels/LabelsPage';
import { StaffGate } from '../../ui/staff/StaffGate';

/**
 * `/merchant/labels`: A4 sheets of shelf labels for the studio's draft (the promotions the merchant is
 * preparing), priced at the studio's "preview at" instant. On the store server an owner must sign in.
 */
export default function LabelsSurface() {
  return (
    <StaffGate roles={['owner']} purpose="labels">
      <Labels />
    </StaffGate>
  );
}

function Labels() {
  const t = useT();
  const published = usePublishedCatalog();
  const draft = usePreviewCatalog();
  const { startDraft } = useStudioActions();
  useEffect(() => {
    if (published) startDraft(published);
  }, [published, startDraft]);
  const catalog = draft ?? published;
  if (!catalog) return <p className="studio-loading">{t('labels.noCatalog')}</p>;
  return <LabelsPage catalog={catalog} />;
}
