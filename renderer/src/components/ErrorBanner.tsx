import type { JSX } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { engineText, type Shown } from '../i18n/engine-text';
import { Icon } from './Icon';

/** A failed action, in the engine's own message, until the user dismisses it. */
export function ErrorBanner({ message, onDismiss }: { message: Shown; onDismiss?: () => void }): JSX.Element {
  const { t, locale } = useI18n();
  return (
    <div className="banner banner-error" role="alert" data-testid="error-banner">
      <Icon name="warning" size={18} />
      <div className="banner-text">
        <strong>{t('error.title')}</strong>
        <span>{engineText(message, locale)}</span>
      </div>
      {onDismiss ? (
        <button type="button" className="icon-btn" aria-label={t('error.dismiss')} onClick={onDismiss}>
          <Icon name="close" size={16} />
        </button>
      ) : null}
    </div>
  );
}
