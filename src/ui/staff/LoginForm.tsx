import { useState, type FormEvent } from 'react';
import type { ApiFailure } from '../../data/staff-api';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { staffSessionStore, useStaffSession } from '../../state/useStaffSession';

export interface LoginFormProps {
  /** Which page asks, for the line saying what account it needs. */
  purpose: 'merchant' | 'labels' | 'counter';
}

/** The server's refusal in the staff's words (429 names the wait from Retry-After). */
export function useFailureText() {
  const t = useT();
  return (failure: ApiFailure) =>
    failure.code === 'bad-credentials'
      ? t('staff.login.bad')
      : failure.status === 429
        ? t('staff.login.rateLimited', { seconds: failure.retryAfter ?? 60 })
        : failure.status === 0
          ? t('staff.login.network')
          : t('staff.login.failed', { message: failure.message || failure.code });
}

/** Username and password for the store server; the session is its HttpOnly cookie. */
export function LoginForm({ purpose }: LoginFormProps) {
  const t = useT();
  const failureText = useFailureText();
  const busy = useStaffSession((state) => state.busy);
  const failure = useStaffSession((state) => state.failure);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void staffSessionStore()
      .getState()
      .login(username.trim(), password)
      .then(() => setPassword(''));
  };
  return (
    <form className="staff-form" onSubmit={submit} data-testid="login-form" aria-labelledby="login-title">
      <h1 id="login-title">{t('staff.login.title')}</h1>
      <p className="staff-intro">{t(`staff.login.for.${purpose}` as MessageKey)}</p>
      <label>
        {t('staff.login.username')}
        <input
          name="username"
          autoComplete="username"
          required
          maxLength={100}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          data-testid="login-username"
        />
      </label>
      <label>
        {t('staff.login.password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          data-testid="login-password"
        />
      </label>
      {failure && (
        <p className="staff-error" role="alert" data-testid="login-error" data-code={failure.code}>
          {failureText(failure)}
        </p>
      )}
      <button type="submit" className="button" disabled={busy} data-testid="login-submit">
        {busy ? t('staff.login.busy') : t('staff.login.submit')}
      </button>
    </form>
  );
}
