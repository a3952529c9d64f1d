export interface QuickLookBanner {
  title: string;
  subtitle: string;
  price: string;
  callToAction: string;
}

/**
 * The URL fragment AR Quick Look reads to show a banner under the model: product name, the promotion price
 * and a button ("Add to cart") whose tap Safari reports as a `message` event on the link.
 */
export function quickLookFragment({ title, subtitle, price, callToAction }: QuickLookBanner): string {
  const params = new URLSearchParams({
    allowsContentScaling: '0',
    checkoutTitle: title,
    checkoutSubtitle: subtitle,
    price,
    callToAction,
  });
  // Quick Look decodes %20 but not "+" as a space.
  return `#${params.toString().replace(/\+/gu, '%20')}`;
}

/** The `data` of the `message` event Safari fires on the `rel="ar"` link when the banner button is tapped. */
export const quickLookButtonTapped = '_apple_ar_quicklook_button_tapped';
