import type { StateCreator } from 'zustand';
import { defaultLocale, type Locale } from '../../i18n/locale';
import type { ShelfsightState } from '../store';

export interface UiSlice {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const createUiSlice: StateCreator<ShelfsightState, [], [], UiSlice> = (set) => ({
  locale: defaultLocale,
  setLocale: (locale) => set({ locale }),
});
