import { createContext, useCallback, useContext, useEffect, useMemo, useState, type JSX, type ReactNode } from 'react';
import type { Locale } from '../../../preload/contract';
import { api } from '../api';
import { intlLocale, makeTranslate, type Translate } from './translate';

export interface I18n {
  locale: Locale;
  t: Translate;
  /** Formats a count with the locale's digit grouping. */
  n: (value: number) => string;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** Holds the UI language; starts in Vietnamese and switches to the locale stored in the station settings. */
export function I18nProvider({ children }: { children: ReactNode }): JSX.Element {
  const [locale, setLocaleState] = useState<Locale>('vi');

  useEffect(() => {
    let alive = true;
    api.settings
      .get()
      .then((settings) => {
        if (alive) setLocaleState(settings.locale);
      })
      .catch(() => undefined); // Keep Vietnamese: the header shows engine errors elsewhere.
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    api.settings.set({ locale: next }).catch(() => undefined); // The switch still works for this session.
  }, []);

  const value = useMemo<I18n>(() => {
    const numberFormat = new Intl.NumberFormat(intlLocale[locale]);
    return { locale, t: makeTranslate(locale), n: (v) => numberFormat.format(v), setLocale };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() must be used inside <I18nProvider>.');
  return value;
}
