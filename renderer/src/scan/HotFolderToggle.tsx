import type { JSX } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import type { StoredSettings } from '../settings/useStoredSettings';
import { useHotFolder } from './useHotFolder';

/** "Thư mục nóng": the engine imports whatever a scanner writes into the chosen folder, once it is complete. */
export function HotFolderToggle({ stored }: { stored: StoredSettings }): JSX.Element {
  const { t, locale } = useI18n();
  const hot = useHotFolder(stored);
  const folder = stored.settings?.hotFolder;
  const on = hot.status.dir !== null;
  const box = stored.settings?.scanBox?.trim() || null;
  return (
    <div className="hot-folder" data-testid="hot-folder">
      <label className="check" title={folder ? t('scan.hot.stored', { dir: folder }) : t('scan.hot.hint')}>
        <input
          type="checkbox"
          role="switch"
          checked={on}
          disabled={hot.busy}
          onChange={() => void (on ? hot.stop() : hot.start())}
          data-testid="hot-folder-toggle"
        />
        <span>{t('scan.hot.label')}</span>
      </label>
      {on ? (
        <span className="hot-dir mono" title={hot.status.dir ?? ''} data-testid="hot-folder-dir">
          {hot.status.dir}
        </span>
      ) : null}
      {on ? (
        // The watched folder imports as the Scan screen's kind and box say (the engine reads the same settings).
        <span className="muted small" data-testid="hot-folder-labels">
          {t(box ? 'scan.hot.asBox' : 'scan.hot.as', { kind: t(`scan.kind.${stored.settings?.scanKind ?? 'vehicle'}`), box: box ?? '' })}
        </span>
      ) : null}
      {hot.status.error ? <span className="hot-problem" role="status">{engineText(hot.status.error_text ?? hot.status.error, locale)}</span> : null}
      {hot.error ? (
        <span className="hot-problem" role="alert" data-testid="hot-folder-error">
          {engineText(hot.error, locale)}
        </span>
      ) : null}
    </div>
  );
}
