/** Catalog asset paths are relative to the site root, whatever route the page is on. */
export function assetUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}
