import { useEffect } from 'react';

const blocked = ['contextmenu', 'selectstart', 'dragstart', 'gesturestart'] as const;

/**
 * A public screen must not be steered away: no context menu, text selection, dragging, pinch gestures, or
 * leaving /kiosk through history (a swipe-back or a stray Backspace/Alt+Left comes straight back).
 */
export function useKioskGuards(): void {
  useEffect(() => {
    const prevent = (event: Event) => event.preventDefault();
    const here = window.location.pathname + window.location.search;
    // An extra history entry that every back navigation lands on and is immediately re-pushed.
    window.history.pushState({ kiosk: true }, '', here);
    const onPopState = () => window.history.pushState({ kiosk: true }, '', here);
    const onKey = (event: KeyboardEvent) => {
      const back = event.key === 'BrowserBack' || (event.altKey && event.key === 'ArrowLeft');
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (back || (event.key === 'Backspace' && !typing)) event.preventDefault();
    };
    for (const type of blocked) document.addEventListener(type, prevent);
    window.addEventListener('popstate', onPopState);
    window.addEventListener('keydown', onKey);
    return () => {
      for (const type of blocked) document.removeEventListener(type, prevent);
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
