import type { Locale } from '../../../preload/contract';
import { intlLocale } from '../i18n/translate';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** A file size in binary units with at most one decimal, in the locale's style: "1,5 MB" / "1.5 MB". */
export function formatSize(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}
