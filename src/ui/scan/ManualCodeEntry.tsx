import { useId, useState, type FormEvent } from 'react';
import type { LabelParseResult } from '../../domain/label';
import { useT } from '../../i18n/useT';

export interface ManualCodeEntryProps {
  /** Parses what was typed; an accepted code clears the field, a rejected one keeps it and explains why. */
  onSubmit: (typed: string) => LabelParseResult;
}

/** Typing the product code printed under the QR: the way in when the camera cannot be used. */
export function ManualCodeEntry({ onSubmit }: ManualCodeEntryProps) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<LabelParseResult | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onSubmit(value);
    setError(result.ok ? null : result);
    if (result.ok) setValue('');
  };
  return (
    <form className="scan-manual" onSubmit={submit} data-testid="scan-manual">
      <label htmlFor={id}>{t('scan.manualLabel')}</label>
      <div className="scan-manual-row">
        <input
          id={id}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="aksu-apple"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={300}
          aria-describedby={`${id}-hint`}
          aria-invalid={error ? true : undefined}
          data-testid="scan-manual-input"
        />
        <button type="submit" className="button">
          {t('scan.manualSubmit')}
        </button>
      </div>
      <p
        id={`${id}-hint`}
        className={error && !error.ok ? 'scan-manual-error' : 'scan-manual-hint'}
        role={error ? 'alert' : undefined}
        data-testid="scan-manual-message"
      >
        {error && !error.ok
          ? t(`scan.reason.${error.reason}`, { detail: error.detail })
          : t('scan.manualHint')}
      </p>
    </form>
  );
}
