import type { JSX } from 'react';
import { Icon, type IconName } from '../components/Icon';
import type { ScreenId } from '../components/Sidebar';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';

type PlannedScreen = Exclude<ScreenId, 'records' | 'scan'>;

const icons: Record<PlannedScreen, IconName> = { review: 'review', export: 'export', dashboard: 'dashboard' };

/** A screen that is planned but not built yet: says what it will do, and points to what works today. */
export function ComingSoon({ screen, onGoRecords }: { screen: PlannedScreen; onGoRecords: () => void }): JSX.Element {
  const { t } = useI18n();
  const key = (suffix: string): MessageKey => `soon.${screen}.${suffix}` as MessageKey;
  return (
    <section className="coming-soon" aria-labelledby="soon-title" data-testid={`screen-${screen}`}>
      <div className="soon-card">
        <div className="soon-icon" aria-hidden="true">
          <Icon name={icons[screen]} size={32} />
        </div>
        <span className="badge badge-soon">
          <Icon name="sparkle" size={14} />
          {t('soon.badge')}
        </span>
        <h1 id="soon-title">{t(key('title'))}</h1>
        <p className="lead">{t(key('lead'))}</p>
        <ul className="soon-points">
          {(['p1', 'p2', 'p3'] as const).map((p) => (
            <li key={p}>
              <Icon name="check" size={16} />
              <span>{t(key(p))}</span>
            </li>
          ))}
        </ul>
        <p className="soon-note">{t('soon.note')}</p>
        <button type="button" className="btn" onClick={onGoRecords}>
          <Icon name="records" size={16} />
          {t('soon.goRecords')}
        </button>
      </div>
    </section>
  );
}
