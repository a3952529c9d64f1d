import './ar.css';
import type { Product } from '../../domain/catalog';
import { useT } from '../../i18n/useT';
import type { ArMode } from '../../xr/ar-modes';
import { QuickLookButton } from './QuickLookButton';
import { SceneViewerLink } from './SceneViewerLink';

export interface ArModeChooserProps {
  modes: readonly ArMode[];
  product: Product;
  onEnterWebXR: () => void;
  emulated: boolean;
  error: string | null;
}

/** One button per AR mode this device supports, best first; nothing for modes it does not. */
export function ArModeChooser({ modes, product, onEnterWebXR, emulated, error }: ArModeChooserProps) {
  const t = useT();
  return (
    <div className="ar-modes" data-testid="ar-modes" data-modes={modes.join(' ')}>
      {modes.map((mode) => {
        switch (mode) {
          case 'webxr':
            return (
              <button
                key={mode}
                type="button"
                className="button button-primary"
                data-testid="ar-mode-webxr"
                onClick={onEnterWebXR}
              >
                {t('ar.mode.webxr')}
                {emulated && ` ${t('ar.mode.emulated')}`}
              </button>
            );
          case 'quick-look':
            return <QuickLookButton key={mode} product={product} />;
          case 'scene-viewer':
            return <SceneViewerLink key={mode} product={product} />;
        }
      })}
      {error && (
        <p className="ar-error" role="alert" data-testid="ar-error">
          {t('ar.startFailed', { reason: error })}
        </p>
      )}
    </div>
  );
}
