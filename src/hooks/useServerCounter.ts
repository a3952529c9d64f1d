import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiFailure, ApiResult } from '../data/api-call';
import { createOrderApi, type ServerOrder } from '../data/order-api';
import { storeContext } from '../data/store-context';
import { staffSessionStore } from '../state/useStaffSession';

/** Why a lookup found no verified order: the server's code (`bad-signature`, `unknown-order`, …). */
export interface LookupProblem {
  code: string;
  message: string;
}

/** Midnight today in the store's time zone (Asia/Shanghai, no daylight saving), as an instant. */
export function storeDayStart(now: Date): string {
  const shanghai = new Date(now.getTime() + 8 * 3_600_000);
  shanghai.setUTCHours(0, 0, 0, 0);
  return new Date(shanghai.getTime() - 8 * 3_600_000).toISOString();
}

/** A 401 (session over) or 403 must-change-password anywhere sends the cashier back to the login. */
function lost(failure: ApiFailure) {
  if (failure.status === 401 || failure.code === 'must-change-password') {
    staffSessionStore().getState().lost(failure);
  }
}

/**
 * The verified counter on the store server: looks orders up by signed code, URL or short code, pays and
 * cancels them, and reads today's paid orders. A 401 from any call sends the cashier back to the login.
 */
export function useServerCounter() {
  const api = useMemo(() => createOrderApi(storeContext.storeId ?? ''), []);
  const [order, setOrder] = useState<ServerOrder | null>(null);
  const [problem, setProblem] = useState<LookupProblem | null>(null);
  const [actionProblem, setActionProblem] = useState<ApiFailure | null>(null);
  const [notice, setNotice] = useState<'cancelled' | null>(null);
  const [busy, setBusy] = useState(false);
  const [paid, setPaid] = useState<ServerOrder[] | null>(null);
  const [logError, setLogError] = useState<string | null>(null);
  const from = useMemo(() => storeDayStart(new Date()), []);

  const showList = useCallback((result: ApiResult<{ orders: ServerOrder[] }>) => {
    if (result.ok) {
      setPaid(result.value.orders);
      setLogError(null);
    } else {
      lost(result.failure);
      setLogError(result.failure.message || result.failure.code);
    }
  }, []);
  const refresh = useCallback(() => api.list('paid', from).then(showList), [api, from, showList]);

  useEffect(() => {
    let active = true;
    void api.list('paid', from).then((result) => active && showList(result));
    return () => {
      active = false;
    };
  }, [api, from, showList]);

  const lookup = async (code: string) => {
    setBusy(true);
    setActionProblem(null);
    setNotice(null);
    const result = await api.lookup(code.trim());
    setBusy(false);
    if (result.ok && result.value.verified) {
      setOrder(result.value.order);
      setProblem(null);
      return;
    }
    setOrder(null);
    if (result.ok) setProblem({ code: 'bad-signature', message: '' });
    else {
      lost(result.failure);
      setProblem({ code: result.failure.code, message: result.failure.message });
    }
  };

  const act = async (action: 'pay' | 'cancel') => {
    if (!order) return;
    setBusy(true);
    setActionProblem(null);
    setNotice(null);
    const result = await (action === 'pay' ? api.pay(order.id) : api.cancel(order.id));
    setBusy(false);
    if (result.ok) {
      setOrder(result.value);
      if (action === 'cancel') setNotice('cancelled');
      void refresh();
      return;
    }
    lost(result.failure);
    setActionProblem(result.failure);
    if (result.failure.orderStatus) {
      setOrder({ ...order, status: result.failure.orderStatus as ServerOrder['status'] });
    }
  };

  return {
    order,
    problem,
    actionProblem,
    notice,
    busy,
    paid,
    logError,
    csvUrl: api.csvUrl(from),
    lookup,
    pay: () => act('pay'),
    cancel: () => act('cancel'),
    refresh,
  };
}
