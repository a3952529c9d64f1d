import { PlaceholderPanel } from '../../ui/PlaceholderPanel';

export default function CartSurface() {
  return <PlaceholderPanel titleKey="surface.cart.title" />;
}
