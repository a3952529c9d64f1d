import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Product } from '../domain/catalog';
import { shelfsightStore, type ShelfsightState } from './store';

function useShelfsight<T>(selector: (state: ShelfsightState) => T): T {
  return useStore(shelfsightStore, selector);
}

/** The catalog shopper screens show and price with: as published, with the store's live stock laid over it. */
export const useCatalog = () => useShelfsight((state) => state.pricedCatalog);
/** The catalog exactly as published (the studio drafts from it; live stock must never leak into a draft). */
export const usePublishedCatalog = () => useShelfsight((state) => state.catalog);
export const usePublishedProducts = (): readonly Product[] =>
  useShelfsight((state) => state.catalog?.products ?? noProducts);
export const useLiveStock = () => useShelfsight((state) => state.liveStock);
export const useCatalogStatus = () => useShelfsight((state) => state.catalogStatus);
export const useCatalogNotice = () => useShelfsight((state) => state.catalogNotice);
export const useCatalogMeta = () => useShelfsight((state) => state.catalogMeta);
export const useLiveVersion = () => useShelfsight((state) => state.liveVersion);
export const useProducts = (): readonly Product[] =>
  useShelfsight((state) => state.pricedCatalog?.products ?? noProducts);
export const useProduct = (productId: string | undefined): Product | undefined =>
  useShelfsight((state) => state.pricedCatalog?.products.find((product) => product.id === productId));
export const useLocale = () => useShelfsight((state) => state.locale);
export const useCartLines = () => useShelfsight((state) => state.cartLines);
export const useCartCount = () =>
  useShelfsight((state) => state.cartLines.reduce((count, line) => count + line.qty, 0));
export const useCartCoupons = () => useShelfsight((state) => state.cartCoupons);
export const useCartRecovered = () => useShelfsight((state) => state.cartRecovered);
export const useSelectedProductId = () => useShelfsight((state) => state.selectedProductId);

/** Stable action functions (zustand actions never change identity). */
export const useActions = () =>
  useShelfsight(
    useShallow((state) => ({
      setCatalog: state.setCatalog,
      setLiveVersion: state.setLiveVersion,
      applyLiveStock: state.applyLiveStock,
      dismissCatalogNotice: state.dismissCatalogNotice,
      addToCart: state.addToCart,
      setCartQty: state.setCartQty,
      clearCart: state.clearCart,
      addCoupon: state.addCoupon,
      removeCoupon: state.removeCoupon,
      replaceCart: state.replaceCart,
      dismissCartRecovered: state.dismissCartRecovered,
      selectProduct: state.selectProduct,
      setLocale: state.setLocale,
    })),
  );

const noProducts: readonly Product[] = [];

/** Read-only view for the `?debug=1` diagnostics handle and for code outside React. */
export const readState = () => shelfsightStore.getState();
export const subscribeState = shelfsightStore.subscribe;
