import { useT } from '../../i18n/useT';
import { useStudio, useStudioActions } from '../../merchant/hooks';
import type { StudioTab } from '../../merchant/slices/view';

const tabs: readonly StudioTab[] = ['promotions', 'product', 'audit'];

/** Switches the side panel between promotions, product fields and the model audit. */
export function StudioTabs() {
  const t = useT();
  const current = useStudio((state) => state.tab);
  const { setTab } = useStudioActions();
  return (
    <div className="studio-tabs" role="tablist">
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={tab === current}
          className={tab === current ? 'is-active' : undefined}
          onClick={() => setTab(tab)}
          data-testid={`tab-${tab}`}
        >
          {t(`merchant.tab.${tab}`)}
        </button>
      ))}
    </div>
  );
}
