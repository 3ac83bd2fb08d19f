import type { JSX } from 'react';
import type { AppInfo } from '../hooks/useAppInfo';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';
import { LanguageSwitch } from './LanguageSwitch';

/** The top bar: product, the station this database belongs to, demo marker and language. */
export function Header({ info }: { info: AppInfo | null }): JSX.Element {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <Icon name="shield" size={20} />
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <div className="station" data-testid="station">
        <span className="station-name">{info ? info.station : '\u00a0'}</span>
        {info?.demo ? (
          <span className="badge badge-demo" title={t('app.demoHint')} data-testid="demo-badge">
            {t('app.demo')}
          </span>
        ) : null}
      </div>
      <div className="header-tools">
        <LanguageSwitch />
      </div>
    </header>
  );
}
