import type { JSX } from 'react';
import type { Locale } from '../../../preload/contract';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';

const options: { locale: Locale; short: string }[] = [
  { locale: 'vi', short: 'VI' },
  { locale: 'en', short: 'EN' },
];

/** Two-state toggle; the choice is stored in the station's settings. */
export function LanguageSwitch(): JSX.Element {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      <Icon name="globe" size={16} className="muted" />
      {options.map((option) => (
        <button
          key={option.locale}
          type="button"
          className="seg"
          aria-pressed={locale === option.locale}
          title={t(option.locale === 'vi' ? 'lang.vi' : 'lang.en')}
          lang={option.locale}
          data-testid={`lang-${option.locale}`}
          onClick={() => setLocale(option.locale)}
        >
          {option.short}
        </button>
      ))}
    </div>
  );
}
