import type { Locale } from '../../../preload/contract';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type { MessageKey };
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { vi, en };

/** Intl locale tags: Vietnamese groups thousands with dots, English with commas. */
export const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Looks up a message and fills its {placeholders}; numbers are formatted for the locale. */
export function makeTranslate(locale: Locale): Translate {
  const messages = catalogues[locale];
  const numberFormat = new Intl.NumberFormat(intlLocale[locale]);
  return (key, vars) => {
    const template = messages[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numberFormat.format(value) : value;
    });
  };
}
