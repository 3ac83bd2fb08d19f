import type { Locale } from '../../preload/contract';
import { intlLocale, type Translate } from './i18n/translate';

/** "45 giây", "3 phút 05 giây", "1 giờ 20 phút". */
export function formatDuration(totalSeconds: number, t: Translate): string {
  if (totalSeconds < 1) return t('time.underSecond');
  const seconds = Math.round(totalSeconds);
  if (seconds < 60) return t('time.seconds', { s: String(seconds) });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('time.minutes', { m: String(minutes), s: String(seconds % 60).padStart(2, '0') });
  return t('time.hours', { h: String(Math.floor(minutes / 60)), m: String(minutes % 60).padStart(2, '0') });
}

/** A fraction 0..1 as a whole percent in the locale's style. */
export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/**
 * A share 0..1 with as many decimals as it takes to not read as 0% or 100% when it is neither: 8 of 5,006
 * records is "0,16%", not "0%"; 4,999 of 5,000 is "99,98%", not "100%".
 */
export function formatShare(fraction: number, locale: Locale): string {
  const f = Math.max(0, Math.min(1, fraction));
  const format = (options: Intl.NumberFormatOptions): string =>
    new Intl.NumberFormat(intlLocale[locale], { style: 'percent', roundingMode: 'trunc', ...options } as Intl.NumberFormatOptions).format(f);
  if (f === 0 || f === 1) return format({ maximumFractionDigits: 0 });
  if (f < 0.0095) return format({ maximumSignificantDigits: 2, roundingMode: 'halfExpand' } as Intl.NumberFormatOptions);
  // Truncated, so a share just under the whole never shows as 100%.
  for (const digits of [0, 1, 2, 3]) if (Math.trunc(f * 100 * 10 ** digits) < 100 * 10 ** digits) return format({ maximumFractionDigits: digits });
  return format({ maximumFractionDigits: 4 });
}

/** An ISO timestamp as local date and time; anything unparsable is shown as it is. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** The last path segment, for showing a file without its whole folder. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** A stored ISO date (yyyy-mm-dd) as the locale writes dates (dd/mm/yyyy here); anything else unchanged. */
export function formatDate(value: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  return new Intl.DateTimeFormat(intlLocale[locale], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))),
  );
}
