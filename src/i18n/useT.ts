import { useCallback } from 'react';
import { useLocale } from '../state/hooks';
import { translate } from './locale';
import type { MessageKey } from './messages';

/** Returns `t(key, params)` bound to the current locale. */
export function useT() {
  const locale = useLocale();
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params),
    [locale],
  );
}
