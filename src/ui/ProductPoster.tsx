import { useState } from 'react';
import type { Product } from '../domain/catalog';
import { assetUrl } from '../data/asset-url';

export interface ProductPosterProps {
  product: Product;
  alt: string;
  className?: string;
  lazy?: boolean;
}

/** The product's still picture; a missing or broken file shows a calm placeholder, never a broken-image icon. */
export function ProductPoster({ product, alt, className, lazy = false }: ProductPosterProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const src = product.poster ? assetUrl(product.poster) : null;
  if (!src || failedSrc === src) {
    return <div className={`${className ?? ''} poster-placeholder`} role="img" aria-label={alt} />;
  }
  return (
    <img
      className={className}
      src={src}
      alt={alt}
      width={256}
      height={256}
      loading={lazy ? 'lazy' : 'eager'}
      onError={() => setFailedSrc(src)}
    />
  );
}
