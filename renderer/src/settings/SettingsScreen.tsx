import { useEffect, useState, type JSX } from 'react';
import { PageHead } from '../components/PageHead';
import type { ScanMode, Settings } from '../../../preload/contract';
import { ErrorBanner } from '../components/ErrorBanner';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';
import type { MessageKey } from '../i18n/translate';
import { MODES, RESOLUTIONS, scanOptionsOf } from '../scan/scanPrefs';
import { BackupPanel } from './BackupPanel';
import { FolderField } from './FolderField';
import { SeparatorSheetsButton } from '../scan/SeparatorSheetsButton';
import { useSettings } from './useSettings';
import './settings.css';

interface Draft {
  ocrWorkers: string;
  hotFolder: string;
  archiveFolder: string;
  backupFolder: string;
  scanResolution: number;
  scanMode: ScanMode;
  scanAdf: boolean;
}

function draftOf(s: Settings): Draft {
  const scan = scanOptionsOf(s);
  return {
    ocrWorkers: s.ocrWorkers == null ? '' : String(s.ocrWorkers),
    hotFolder: s.hotFolder ?? '',
    archiveFolder: s.archiveFolder ?? '',
    backupFolder: s.backupFolder ?? '',
    scanResolution: scan.resolution,
    scanMode: scan.mode,
    scanAdf: scan.adf,
  };
}

/** Empty text clears a setting; the engine checks every value and answers a bad one with one sentence. */
function patchOf(d: Draft): Partial<Settings> {
  const workers = d.ocrWorkers.trim();
  return {
    ocrWorkers: workers === '' ? null : Number(workers),
    hotFolder: d.hotFolder.trim() || null,
    archiveFolder: d.archiveFolder.trim() || null,
    backupFolder: d.backupFolder.trim() || null,
    scanResolution: d.scanResolution,
    scanMode: d.scanMode,
    scanAdf: d.scanAdf,
  };
}

interface Props {
  /** Offered on the demo station, whose sample data the tour walks through. */
  onRestartTour?: () => void;
}

/** The station's settings, stored in its database: language, OCR, folders, scanner defaults, backups. */
export function SettingsScreen({ onRestartTour }: Props): JSX.Element {
  const { t, locale, setLocale } = useI18n();
  const state = useSettings();
  const [draft, setDraft] = useState<Draft | null>(null);
  useEffect(() => {
    if (state.settings && !draft) setDraft(draftOf(state.settings));
  }, [state.settings, draft]);
  const change = (patch: Partial<Draft>): void => setDraft((d) => (d ? { ...d, ...patch } : d));

  return (
    <section className="set-screen" aria-labelledby="set-title" data-testid="screen-settings">
      <PageHead titleId="set-title" title={t('settings.title')} lead={t('settings.lead')} />
      {state.error ? <ErrorBanner message={state.error} /> : null}
      {draft ? (
        // The engine checks every value and says what is allowed in one sentence; the browser's own bubbles would not.
        <form
          noValidate
          className="card set-card"
          onSubmit={(e) => {
            e.preventDefault();
            void state.save(patchOf(draft));
          }}
        >
          <div className="set-field">
            <label htmlFor="set-locale">{t('lang.label')}</label>
            <select id="set-locale" value={locale} onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'vi')} data-testid="set-locale">
              <option value="vi">{t('lang.vi')}</option>
              <option value="en">{t('lang.en')}</option>
            </select>
          </div>
          <div className="set-field">
            <label htmlFor="set-workers">{t('settings.workers')}</label>
            <input
              id="set-workers"
              type="number"
              inputMode="numeric"
              min={1}
              max={state.facts?.cores}
              placeholder={t('settings.workersAuto')}
              value={draft.ocrWorkers}
              onChange={(e) => change({ ocrWorkers: e.target.value })}
              data-testid="set-workers"
            />
            <span className="muted small">{t('settings.workersHint', { cores: state.facts?.cores ?? '…' })}</span>
          </div>
          <FolderField
            id="set-archive-folder"
            label={t('settings.archive')}
            hint={t('settings.archiveHint')}
            value={draft.archiveFolder}
            purpose="archive-folder"
            onChange={(archiveFolder) => change({ archiveFolder })}
          />
          <div className="set-field">
            <span className="set-label">{t('settings.archiveInUse')}</span>
            <code className="set-path" data-testid="set-archive">
              {state.facts?.archiveDir ?? '…'}
            </code>
            {state.facts?.archiveProblem ? (
              <span className="set-problem small" role="alert" data-testid="set-archive-problem">
                {engineText(state.facts.archiveProblemText ?? state.facts.archiveProblem, locale)}
              </span>
            ) : null}
          </div>
          <FolderField id="set-hot" label={t('settings.hotFolder')} hint={t('settings.hotFolderHint')} value={draft.hotFolder} purpose="scan-folder" onChange={(hotFolder) => change({ hotFolder })} />
          <fieldset className="set-field">
            <legend>{t('settings.scanDefaults')}</legend>
            <div className="set-row">
              <select aria-label={t('settings.resolution')} value={draft.scanResolution} onChange={(e) => change({ scanResolution: Number(e.target.value) })} data-testid="set-resolution">
                {RESOLUTIONS.map((r) => (
                  <option key={r} value={r}>
                    {r} dpi
                  </option>
                ))}
              </select>
              <select aria-label={t('settings.mode')} value={draft.scanMode} onChange={(e) => change({ scanMode: e.target.value as ScanMode })} data-testid="set-mode">
                {MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`scan.mode.${m}` as MessageKey)}
                  </option>
                ))}
              </select>
              <label className="check">
                <input type="checkbox" checked={draft.scanAdf} onChange={(e) => change({ scanAdf: e.target.checked })} data-testid="set-adf" />
                <span>{t('settings.adf')}</span>
              </label>
            </div>
          </fieldset>
          <div className="set-field">
            <span className="set-label">{t('settings.separator')}</span>
            <SeparatorSheetsButton />
          </div>
          <FolderField id="set-backup-folder" label={t('settings.backupFolder')} hint={t('settings.backupFolderHint')} value={draft.backupFolder} purpose="backup-folder" onChange={(backupFolder) => change({ backupFolder })} />
          <div className="set-actions">
            <button type="submit" className="btn btn-primary" data-testid="set-save">
              {t('settings.save')}
            </button>
            {state.error ? (
              // Also here, beside the button the officer just pressed: the banner at the top is out of sight.
              <span className="small bad set-save-error" role="alert" data-testid="set-save-error">
                {engineText(state.error, locale)}
              </span>
            ) : null}
            {state.saved && !state.error ? (
              <span className="small good" role="status" data-testid="set-saved">
                {t('settings.saved')}
              </span>
            ) : null}
          </div>
        </form>
      ) : null}
      <BackupPanel />
      {onRestartTour ? (
        <div className="card set-card set-tour">
          <div>
            <h2>{t('settings.tour')}</h2>
            <p className="muted small">{t('settings.tourHint')}</p>
          </div>
          <button type="button" className="btn" onClick={onRestartTour} data-testid="tour-restart">
            {t('settings.tourRestart')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
