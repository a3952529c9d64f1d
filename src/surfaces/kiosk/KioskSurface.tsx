import { PlaceholderPanel } from '../../ui/PlaceholderPanel';

export default function KioskSurface() {
  return <PlaceholderPanel titleKey="surface.kiosk.title" />;
}
