import { PlaceholderPanel } from '../../ui/PlaceholderPanel';

export default function CounterSurface() {
  return <PlaceholderPanel titleKey="surface.counter.title" />;
}
