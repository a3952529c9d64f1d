import '../../i18n/register-order-messages';
import { useState, type FormEvent } from 'react';
import { readOrderLog, writeOrderLog } from '../../data/order-log';
import { storeContext } from '../../data/store-context';
import { decodeOrderCode, type DecodedOrder } from '../../domain/order/order-code';
import type { PaidOrder } from '../../domain/order/order-csv';
import { useNow } from '../../hooks/useNow';
import { useT } from '../../i18n/useT';
import { useCatalog } from '../../state/hooks';
import { CatalogGate } from '../../ui/CatalogGate';
import { CounterCameraScan } from '../../ui/counter/CounterCameraScan';
import { CounterOrder } from '../../ui/counter/CounterOrder';
import { OrderLog } from '../../ui/counter/OrderLog';
import { ServerCounter } from '../../ui/counter/ServerCounter';
import { StaffGate } from '../../ui/staff/StaffGate';
import { StoredNotice } from '../../ui/stored/StoredNotice';
import '../../ui/counter/counter.css';

/**
 * `/counter`: on the store server a cashier or owner signs in, and the server verifies, pays and records its
 * signed orders (ServerCounter). Without a server the counter re-checks a shopper's local order code with
 * the same engine, labelled as not verified by the store.
 */
export default function CounterSurface() {
  return (
    <StaffGate roles={['cashier', 'owner']} purpose="counter">
      <CatalogGate>
        <CounterRoute />
      </CatalogGate>
    </StaffGate>
  );
}

function CounterRoute() {
  const catalog = useCatalog();
  if (!catalog) return null;
  return storeContext.mode === 'server' ? <ServerCounter catalog={catalog} /> : <CounterPage />;
}

function CounterPage() {
  const t = useT();
  const catalog = useCatalog();
  const now = useNow(1000);
  // A QR scanned with any phone camera opens /counter#o=<code>: start with that order.
  const [decoded, setDecoded] = useState<DecodedOrder | null>(() =>
    window.location.hash.startsWith('#o=') ? decodeOrderCode(window.location.hash) : null,
  );
  const [text, setText] = useState(() => (decoded?.ok ? decoded.code : ''));
  const [orders, setOrders] = useState<PaidOrder[]>(() => readOrderLog());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDecoded(decodeOrderCode(text));
  };
  // A code read by the counter camera goes the same way as one typed and checked.
  const scanned = (code: string) => {
    setText(code);
    setDecoded(decodeOrderCode(code));
  };
  if (!catalog) return null;
  const paid = decoded?.ok ? orders.find((order) => order.code === decoded.code) : undefined;
  const markPaid = (payFen: Map<string, number>, totalFen: number) => {
    if (!decoded?.ok) return;
    const entry: PaidOrder = {
      shortCode: decoded.shortCode,
      code: decoded.code,
      paidAt: new Date().toISOString(),
      quotedAt: decoded.payload.quotedAt,
      totalFen,
      lines: decoded.payload.lines.map((line) => ({ ...line, payFen: payFen.get(line.productId) ?? 0 })),
      coupons: decoded.payload.coupons,
    };
    const next = [...orders, entry];
    writeOrderLog(next);
    setOrders(next);
  };
  return (
    <div className="counter">
      <h1>{t('counter.heading')}</h1>
      <StoredNotice />
      <p className="counter-flag counter-unverified" data-testid="counter-unverified">
        {t('counter.local.unverified')}
      </p>
      <form className="counter-form" onSubmit={submit}>
        <label htmlFor="order-code">{t('counter.input')}</label>
        <textarea
          id="order-code"
          data-testid="counter-input"
          rows={3}
          maxLength={2000}
          placeholder={t('counter.placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button" data-testid="counter-check">
          {t('counter.check')}
        </button>
      </form>
      <CounterCameraScan onCode={scanned} />
      {decoded && !decoded.ok && (
        <p className="counter-verdict counter-bad" role="alert" data-testid="counter-problem">
          {t(`counter.problem.${decoded.problem}`)}
        </p>
      )}
      {decoded?.ok && (
        <CounterOrder
          catalog={catalog}
          payload={decoded.payload}
          shortCode={decoded.shortCode}
          now={now}
          paidAt={paid ? paid.paidAt : null}
          onPaid={markPaid}
        />
      )}
      <OrderLog
        orders={orders}
        onClear={() => {
          writeOrderLog([]);
          setOrders([]);
        }}
      />
    </div>
  );
}
