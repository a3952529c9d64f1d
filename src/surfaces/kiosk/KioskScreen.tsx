import { useCallback, useEffect, useMemo, useState } from 'react';
import { storeContext } from '../../data/store-context';
import WebGL from 'three/examples/jsm/capabilities/WebGL.js';
import { applyWaitingUpdate } from '../../app/pwa';
import { usePriceView } from '../../hooks/usePriceView';
import { useNow } from '../../hooks/useNow';
import type { PollStatus } from '../../data/catalog-feed';
import { handoffUrl } from '../../kiosk/handoff';
import { kioskFacts } from '../../kiosk/kiosk-diagnostics';
import type { KioskConfig } from '../../kiosk/kiosk-config';
import { kioskStore } from '../../kiosk/kiosk-store';
import { loopIndex, loopProducts } from '../../kiosk/loop';
import { useAttractLoop } from '../../kiosk/useAttractLoop';
import { useIdleReset } from '../../kiosk/useIdleReset';
import { useKiosk } from '../../kiosk/useKiosk';
import { useKioskQuote } from '../../kiosk/useKioskQuote';
import { useCatalog } from '../../state/hooks';
import { KioskLoopBar } from '../../ui/kiosk/KioskLoopBar';
import { KioskPricePanel } from '../../ui/kiosk/KioskPricePanel';
import { KioskProductStrip } from '../../ui/kiosk/KioskProductStrip';
import { KioskStatusDot } from '../../ui/kiosk/KioskStatusDot';
import { KioskTopBar } from '../../ui/kiosk/KioskTopBar';
import { KioskTouchPanel } from '../../ui/kiosk/KioskTouchPanel';
import { KioskStage } from './KioskStage';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Attract loop and touch mode over one 3D stage; the kiosk cart lives in its own store. */
export function KioskScreen({ config, poll }: { config: KioskConfig; poll: PollStatus | null }) {
  const catalog = useCatalog();
  const now = useNow(1000);
  const [webgl] = useState(() => WebGL.isWebGL2Available());
  const [still] = useState(reducedMotion);
  const mode = useKiosk((state) => state.mode);
  const advances = useKiosk((state) => state.advances);
  const selectedId = useKiosk((state) => state.selectedId);
  const lines = useKiosk((state) => state.lines);
  const { products, unknown } = useMemo(
    () => (catalog ? loopProducts(catalog, config.featured) : { products: [], unknown: [] }),
    [catalog, config.featured],
  );
  useEffect(() => {
    kioskFacts.loopLength = products.length;
  }, [products.length]);
  // The only moments an app update may reload the page: nobody is using the kiosk then.
  const safeMoment = useCallback(() => void applyWaitingUpdate(), []);
  useAttractLoop(config.dwellMs, products.length, webgl, safeMoment);
  useIdleReset(config.idleMs, safeMoment);

  const current = loopIndex(advances, products.length);
  const product =
    mode === 'touch' ? (products.find((p) => p.id === selectedId) ?? products[current]) : products[current];
  const price = usePriceView(product?.id ?? '', now);
  const { quote, lines: quotedLines } = useKioskQuote(now);

  const onDrawn = useCallback(
    (productId: string) => {
      const state = kioskStore.getState();
      if (state.mode !== 'attract' || state.shown === state.advances) return;
      if (products[loopIndex(state.advances, products.length)]?.id === productId)
        state.markShown(state.advances);
    },
    [products],
  );
  const onScreenTouch = () => {
    if (kioskStore.getState().mode === 'attract' && product) kioskStore.getState().touch(product.id);
  };

  if (!catalog || !product) return null;
  const url =
    quote && quotedLines.length > 0
      ? handoffUrl({
          origin: config.handoffOrigin,
          base: storeContext.base,
          storeId: catalog.store.id,
          catalogUpdatedAt: catalog.updatedAt,
          lines: quotedLines,
          quote,
        })
      : null;
  const problems = [...config.problems, ...unknown.map((id) => `featured: ${id}`)];
  return (
    <div
      className={`kiosk-screen kiosk-mode-${mode}${still ? ' kiosk-still' : ''}`}
      data-testid="kiosk-screen"
      data-mode={mode}
      data-product={product.id}
      onPointerDown={onScreenTouch}
    >
      <KioskTopBar now={now} promotionEndsAt={price?.endsAt ?? null} />
      <KioskStage
        product={product}
        interactive={mode === 'touch'}
        spin={!still}
        contextWaitMs={config.contextWaitMs}
        onDrawn={onDrawn}
      />
      {mode === 'attract' ? (
        <div className="kiosk-side">{price && <KioskPricePanel product={product} price={price} />}</div>
      ) : (
        <KioskTouchPanel
          catalog={catalog}
          product={product}
          price={price}
          inCart={lines.find((line) => line.productId === product.id)?.qty ?? 0}
          quote={quote}
          handoffUrl={url}
          idleSeconds={Math.round(config.idleMs / 1000)}
          onAdd={() => kioskStore.getState().add(product.id, product.stock)}
          onQty={(productId, qty) =>
            kioskStore
              .getState()
              .setQty(productId, qty, catalog.products.find((p) => p.id === productId)?.stock ?? 0)
          }
          onBack={() => kioskStore.getState().reset()}
        />
      )}
      {mode === 'attract' ? (
        <KioskLoopBar products={products} current={current} />
      ) : (
        <KioskProductStrip
          products={products}
          selectedId={product.id}
          now={now}
          onSelect={(id) => kioskStore.getState().select(id)}
        />
      )}
      <KioskStatusDot status={poll} now={now} problems={problems} refreshMs={config.refreshMs} />
    </div>
  );
}
