import { PlaceholderPanel } from '../../ui/PlaceholderPanel';

export default function LabelsSurface() {
  return <PlaceholderPanel titleKey="surface.labels.title" />;
}
