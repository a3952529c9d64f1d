import { useT } from '../../i18n/useT';
import { useStudio, useStudioActions } from '../../merchant/hooks';
import { lightingPresets } from '../../merchant/slices/view';

/** Shop, daylight or evening light for the 3D preview. */
export function LightingPicker() {
  const t = useT();
  const current = useStudio((state) => state.lighting);
  const { setLighting } = useStudioActions();
  return (
    <div className="studio-segmented" role="radiogroup" aria-label={t('merchant.lighting')}>
      <span className="studio-muted">{t('merchant.lighting')}</span>
      {lightingPresets.map((preset) => (
        <button
          key={preset}
          type="button"
          role="radio"
          aria-checked={preset === current}
          className={preset === current ? 'is-active' : undefined}
          onClick={() => setLighting(preset)}
          data-testid={`lighting-${preset}`}
        >
          {t(`merchant.lighting.${preset}`)}
        </button>
      ))}
    </div>
  );
}
