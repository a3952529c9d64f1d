import '../../i18n/register-order-messages';
import { useEffect, useState, type FormEvent } from 'react';
import type { Catalog } from '../../domain/catalog';
import { useNow } from '../../hooks/useNow';
import { useServerCounter } from '../../hooks/useServerCounter';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { CounterCameraScan } from './CounterCameraScan';
import { ServerCounterOrder } from './ServerCounterOrder';
import { ServerOrderLog } from './ServerOrderLog';

const problems = new Set(['bad-signature', 'unknown-order', 'bad-code', 'network']);

/**
 * `/counter` on the store server: the cashier scans the order QR (a scanner types it into the box, the
 * counter's own camera reads it, or a phone camera opens `/counter#o=<code>`) or types the short code, and the
 * store server says whether it signed the order; paying and cancelling are recorded there, for every counter
 * of the store.
 */
export function ServerCounter({ catalog }: { catalog: Catalog }) {
  const t = useT();
  const now = useNow(1000);
  const counter = useServerCounter();
  const { lookup } = counter;
  const [text, setText] = useState(() =>
    window.location.hash.startsWith('#o=') ? window.location.hash : '',
  );
  const [empty, setEmpty] = useState(false);

  useEffect(() => {
    if (window.location.hash.startsWith('#o=')) void lookup(window.location.hash);
    // Only the code the page was opened with; later codes come from the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setEmpty(text.trim() === '');
    if (text.trim() !== '') void lookup(text);
  };
  // A code read by the counter camera goes the same way as one typed and checked.
  const scanned = (code: string) => {
    setText(code);
    setEmpty(false);
    void lookup(code);
  };
  const problemText = (code: string, message: string) =>
    problems.has(code)
      ? t(`counter.server.problem.${code}` as MessageKey)
      : t('counter.server.problem.other', { message: message || code });
  const failure = counter.actionProblem;
  const actionText = failure
    ? failure.code === 'not-payable'
      ? t('counter.server.notPayable', {
          status: t(`order.status.${failure.orderStatus ?? 'expired'}` as MessageKey),
        })
      : problemText(failure.code, failure.message)
    : null;

  return (
    <div className="counter" data-mode="server">
      <h1>{t('counter.heading')}</h1>
      <form className="counter-form" onSubmit={submit}>
        <label htmlFor="order-code">{t('counter.server.input')}</label>
        <textarea
          id="order-code"
          data-testid="counter-input"
          rows={3}
          maxLength={2000}
          placeholder={t('counter.server.placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button" data-testid="counter-check" disabled={counter.busy}>
          {t('counter.check')}
        </button>
      </form>
      <CounterCameraScan onCode={scanned} />
      {empty && (
        <p
          className="counter-verdict counter-bad"
          role="alert"
          data-testid="counter-problem"
          data-code="empty"
        >
          {t('counter.problem.empty')}
        </p>
      )}
      {!empty && counter.problem && (
        <p
          className="counter-verdict counter-bad"
          role="alert"
          data-testid="counter-problem"
          data-code={counter.problem.code}
        >
          {problemText(counter.problem.code, counter.problem.message)}
        </p>
      )}
      {counter.order && (
        <ServerCounterOrder
          order={counter.order}
          catalog={catalog}
          now={now}
          busy={counter.busy}
          problem={actionText}
          notice={counter.notice === 'cancelled' ? t('counter.server.cancelled') : null}
          onPay={() => void counter.pay()}
          onCancel={() => void counter.cancel()}
        />
      )}
      <ServerOrderLog
        orders={counter.paid}
        error={counter.logError}
        csvUrl={counter.csvUrl}
        onRefresh={() => void counter.refresh()}
      />
    </div>
  );
}
