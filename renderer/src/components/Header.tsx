import type { JSX } from 'react';
import { UserMenu } from '../auth/UserMenu';
import type { Session } from '../auth/useSession';
import type { AppInfo } from '../hooks/useAppInfo';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';
import { LanguageSwitch } from './LanguageSwitch';

/** The top bar: product, the station this database belongs to, demo marker, who is signed in and language. */
export function Header({ info, session, onSignIn }: { info: AppInfo | null; session: Session; onSignIn: () => void }): JSX.Element {
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
        <UserMenu session={session} onSignIn={onSignIn} />
      </div>
    </header>
  );
}
