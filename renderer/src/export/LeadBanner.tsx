import type { JSX } from 'react';
import type { User } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';

/** Why the export controls are off for anyone but a signed-in station lead, and the way to sign in as one. */
export function LeadBanner({ user, onSignIn }: { user: User | null; onSignIn: () => void }): JSX.Element {
  const { t } = useI18n();
  return (
    <div className="banner banner-warn" role="status" data-testid="export-lead-only">
      <Icon name="shield" size={18} />
      <span className="banner-text">
        {user
          ? t('export.leadOnly.other', { name: user.name, role: t(`role.${user.role}` as MessageKey) })
          : t('export.leadOnly.signedOut')}
      </span>
      <button type="button" className="btn" onClick={onSignIn} data-testid="export-signin">
        {t('export.leadOnly.signIn')}
      </button>
    </div>
  );
}
