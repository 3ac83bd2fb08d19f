import type { JSX } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import type { Session } from './useSession';

/** The header's account corner: who is signed in and their role with a sign-out button, or a sign-in button. */
export function UserMenu({ session, onSignIn }: { session: Session; onSignIn: () => void }): JSX.Element | null {
  const { t } = useI18n();
  if (!session.ready) return null;
  if (!session.user) {
    return (
      <button type="button" className="btn btn-quiet" onClick={onSignIn} data-testid="signin-open">
        {t(session.needsFirstUser ? 'auth.firstOpen' : 'auth.open')}
      </button>
    );
  }
  return (
    <div className="user-menu" data-testid="current-user">
      <span className="user-name strong">{session.user.name}</span>
      <span className="chip chip-neutral">{t(`role.${session.user.role}` as MessageKey)}</span>
      <button type="button" className="btn btn-quiet" onClick={() => void session.signOut()} data-testid="signout">
        {t('auth.signOut')}
      </button>
    </div>
  );
}
