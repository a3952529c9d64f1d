import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { staffSessionStore, useStaffSession } from '../../state/useStaffSession';

/** Password limits of the store server (src/server/API.md, `POST …/auth/password`). */
const minLength = 10;
const maxLength = 200;

/** After the one-time first-start password: the owner sets a real one before anything else. */
export function SetPasswordForm({ username }: { username: string }) {
  const t = useT();
  const busy = useStaffSession((state) => state.busy);
  const failure = useStaffSession((state) => state.failure);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (first.length < minLength) return setProblem(t('staff.password.short'));
    if (first !== second) return setProblem(t('staff.password.mismatch'));
    setProblem(null);
    void staffSessionStore().getState().setPassword(first);
  };
  const shown =
    problem ?? (failure ? t('staff.password.weak', { message: failure.message || failure.code }) : null);
  return (
    <form
      className="staff-form"
      onSubmit={submit}
      data-testid="password-form"
      aria-labelledby="password-title"
    >
      <h1 id="password-title">{t('staff.password.title')}</h1>
      <p className="staff-intro">{t('staff.password.intro', { username })}</p>
      <label>
        {t('staff.password.new')}
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          maxLength={maxLength}
          value={first}
          onChange={(event) => setFirst(event.target.value)}
          data-testid="password-new"
        />
      </label>
      <label>
        {t('staff.password.repeat')}
        <input
          type="password"
          autoComplete="new-password"
          required
          maxLength={maxLength}
          value={second}
          onChange={(event) => setSecond(event.target.value)}
          data-testid="password-repeat"
        />
      </label>
      {shown && (
        <p className="staff-error" role="alert" data-testid="password-error">
          {shown}
        </p>
      )}
      <button type="submit" className="button" disabled={busy} data-testid="password-submit">
        {t('staff.password.submit')}
      </button>
    </form>
  );
}
