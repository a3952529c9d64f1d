import { PlaceholderPanel } from '../../ui/PlaceholderPanel';

export default function ShopSurface() {
  return <PlaceholderPanel titleKey="surface.shop.title" />;
}
