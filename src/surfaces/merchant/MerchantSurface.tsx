import { PlaceholderPanel } from '../../ui/PlaceholderPanel';

export default function MerchantSurface() {
  return <PlaceholderPanel titleKey="surface.merchant.title" />;
}
