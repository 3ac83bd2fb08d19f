import { useEffect, useRef, useState, type FormEvent, type JSX } from 'react';
import { errorMessage } from '../api';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { engineText, type Shown } from '../i18n/engine-text';
import type { MessageKey } from '../i18n/translate';
import { DEMO_ACCOUNTS } from './demoAccounts';
import type { Session } from './useSession';

interface Props {
  session: Session;
  /** The built-in demo station: its accounts and passwords are shown to pick from. */
  demo: boolean;
  onClose: () => void;
}

/**
 * Sign-in as a modal dialog: name and password, the engine's sentence when they do not match. On a station
 * with no account yet, the same dialog creates the first account, a station lead.
 */
export function SignInDialog({ session, demo, onClose }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const first = session.needsFirstUser;

  useEffect(() => {
    const element = dialog.current;
    // No close() on cleanup: removing the element ends the modal state, and a close event would re-enter onClose.
    if (element && !element.open) element.showModal();
    // showModal focuses the first button (the close cross); the name is where the officer starts typing.
    nameInput.current?.focus();
  }, []);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const work = first ? session.createFirstLead(name, password) : session.signIn(name, password);
    work.then(
      () => dialog.current?.close(),
      (e: unknown) => {
        setError(errorMessage(e));
        setBusy(false);
      },
    );
  };

  return (
    <dialog ref={dialog} className="dialog signin-dialog" aria-labelledby="signin-title" onClose={onClose} data-testid="signin-dialog">
      <form onSubmit={submit}>
        <header className="dialog-head">
          <h2 id="signin-title">
            <Icon name="shield" size={20} />
            {t(first ? 'auth.firstTitle' : 'auth.title')}
          </h2>
          <button type="button" className="icon-btn" aria-label={t('auth.cancel')} onClick={() => dialog.current?.close()}>
            <Icon name="close" />
          </button>
        </header>
        <div className="dialog-body signin-body">
          <p className="muted">{t(first ? 'auth.firstLead' : 'auth.lead')}</p>
          <label className="field">
            <span>{t('auth.name')}</span>
            <input ref={nameInput} autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required data-testid="signin-name" />
          </label>
          <label className="field">
            <span>{t('auth.password')}</span>
            <input
              type="password"
              autoComplete={first ? 'new-password' : 'current-password'}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              data-testid="signin-password"
            />
          </label>
          {first ? <p className="muted small">{t('auth.passwordRule')}</p> : null}
          {error ? (
            <p className="error-text" role="alert" data-testid="signin-error">
              {engineText(error, locale)}
            </p>
          ) : null}
          {demo && !first ? (
            <div className="demo-accounts" data-testid="demo-accounts">
              <p className="small strong">{t('auth.demoAccounts')}</p>
              <ul>
                {DEMO_ACCOUNTS.map((a) => (
                  <li key={a.name}>
                    <button
                      type="button"
                      className="btn btn-quiet"
                      onClick={() => {
                        setName(a.name);
                        setPassword(a.password);
                      }}
                    >
                      <span className="mono">{a.name}</span> / <span className="mono">{a.password}</span>
                      <span className="muted small">{t(`role.${a.role}` as MessageKey)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <footer className="dialog-foot">
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            {t('auth.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || !name || !password} data-testid="signin-submit">
            {t(first ? 'auth.create' : 'auth.submit')}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
