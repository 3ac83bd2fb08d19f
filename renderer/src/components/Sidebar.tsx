import type { JSX } from 'react';
import type { AppInfo } from '../hooks/useAppInfo';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { Icon, type IconName } from './Icon';

export type ScreenId = 'scan' | 'review' | 'records' | 'owners' | 'declarations' | 'licences' | 'retired' | 'export' | 'dashboard' | 'settings';

const items: { id: ScreenId; icon: IconName; label: MessageKey }[] = [
  { id: 'scan', icon: 'scan', label: 'nav.scan' },
  { id: 'review', icon: 'review', label: 'nav.review' },
  { id: 'records', icon: 'records', label: 'nav.records' },
  { id: 'owners', icon: 'records', label: 'nav.owners' },
  { id: 'declarations', icon: 'review', label: 'nav.declarations' },
  { id: 'licences', icon: 'records', label: 'nav.licences' },
  { id: 'retired', icon: 'warning', label: 'nav.retired' },
  { id: 'export', icon: 'export', label: 'nav.export' },
  { id: 'dashboard', icon: 'dashboard', label: 'nav.dashboard' },
  { id: 'settings', icon: 'settings', label: 'nav.settings' },
];

/** Every screen, for checking a remembered one. */
export const SCREEN_IDS: readonly ScreenId[] = items.map((item) => item.id);

/** The left navigation, in the order of a clerk's day: scan, review, records, export, then the overview and the settings. */
interface Props {
  current: ScreenId;
  onSelect: (id: ScreenId) => void;
  info: AppInfo | null;
  /** The screens whose import is running (Records, Owners, Self-declarations, Licences): their items show it, whichever screen is open. */
  importing: readonly ScreenId[];
  /** A scan import is running: the Scan item shows it. */
  scanning?: boolean;
}

export function Sidebar({ current, onSelect, info, importing, scanning = false }: Props): JSX.Element {
  const { t } = useI18n();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <ul className="nav-list">
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={current === item.id ? 'page' : undefined}
              data-testid={`nav-${item.id}`}
              aria-label={t(item.label)}
              title={t(item.label)}
              onClick={() => onSelect(item.id)}
            >
              <Icon name={item.icon} />
              <span>{t(item.label)}</span>
              {importing.includes(item.id) ? <span className="spinner small nav-busy" title={t('progress.title')} /> : null}
              {scanning && item.id === 'scan' ? <span className="spinner small nav-busy" title={t('scan.progressTitle')} /> : null}
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-foot">
        <span className="offline">
          <Icon name="offline" size={14} />
          {t('app.offline')}
        </span>
        {info ? <span className="version">{t('app.version', { version: info.version })}</span> : null}
      </div>
    </nav>
  );
}
