import { useT } from '../../i18n/useT';
import { QrCode } from '../QrCode';

/** The hand-off: a QR the shopper scans to open the shop on their phone with the kiosk cart in it. */
export function KioskHandoffQr({ url }: { url: string }) {
  const t = useT();
  return (
    <div className="kiosk-handoff" data-testid="kiosk-handoff" data-url={url}>
      <QrCode text={url} size="300px" title={t('kiosk.handoff.title')} testId="kiosk-handoff-qr" />
      <div className="kiosk-handoff-text">
        <strong>{t('kiosk.handoff.title')}</strong>
        <span>{t('kiosk.handoff.note')}</span>
      </div>
    </div>
  );
}
