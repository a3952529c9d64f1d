import { PlaceholderPanel } from '../../ui/PlaceholderPanel';

export default function ScanSurface() {
  return <PlaceholderPanel titleKey="surface.scan.title" />;
}
