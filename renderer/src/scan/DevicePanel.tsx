import { useId, type JSX } from 'react';
import type { ScanMode, ScanSourceKind } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { MODES, RESOLUTIONS, type ScanPrefs } from './scanPrefs';
import { useScanDevices } from './useScanDevices';
import './device-panel.css';
import { engineText } from '../i18n/engine-text';

interface Props {
  prefs: ScanPrefs;
  onChange: (patch: Partial<ScanPrefs>) => void;
  /** Scans with the scanner shown (the remembered one, or the first connected). */
  onScan: (scanner: { source: ScanSourceKind; id: string }) => void;
  running: boolean;
}

/** The scanner, its resolution, colour mode and feeder, and the Scan button. */
export function DevicePanel({ prefs, onChange, onScan, running }: Props): JSX.Element {
  const { t, locale } = useI18n();
  const id = useId();
  const { found, error, refresh } = useScanDevices();
  const devices = found?.devices ?? [];
  const key = (source: string, device: string): string => `${source}\u0000${device}`;
  const chosen = devices.find((d) => d.source === prefs.source && d.id === prefs.device) ?? devices[0] ?? null;
  const empty = found !== null && devices.length === 0;

  return (
    <div className="device-panel" data-testid="scan-device-panel">
      <label className="field" htmlFor={`${id}-dev`}>
        <span>{t('scan.device.scanner')}</span>
        <select
          id={`${id}-dev`}
          data-testid="scan-device"
          disabled={running || devices.length === 0}
          value={chosen ? key(chosen.source, chosen.id) : ''}
          onChange={(e) => {
            const d = devices.find((x) => key(x.source, x.id) === e.target.value);
            if (d) onChange({ source: d.source, device: d.id });
          }}
        >
          {found === null ? <option value="">{t('scan.device.looking')}</option> : null}
          {empty ? <option value="">{t('scan.device.none')}</option> : null}
          {devices.map((d) => (
            <option key={key(d.source, d.id)} value={key(d.source, d.id)}>
              {d.label ? engineText(d.label, locale) : d.name} · {d.source.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="icon-btn" onClick={refresh} disabled={running || found === null} aria-label={t('scan.device.refresh')} title={t('scan.device.refresh')} data-testid="scan-device-refresh">
        <Icon name="history" size={16} />
      </button>
      <label className="field" htmlFor={`${id}-dpi`}>
        <span>{t('scan.device.resolution')}</span>
        <select id={`${id}-dpi`} data-testid="scan-resolution" disabled={running} value={prefs.resolution} onChange={(e) => onChange({ resolution: Number(e.target.value) })}>
          {RESOLUTIONS.map((r) => (
            <option key={r} value={r}>
              {r} dpi
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-mode`}>
        <span>{t('scan.device.mode')}</span>
        <select id={`${id}-mode`} data-testid="scan-mode" disabled={running} value={prefs.mode} onChange={(e) => onChange({ mode: e.target.value as ScanMode })}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`scan.mode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={prefs.adf} disabled={running} onChange={(e) => onChange({ adf: e.target.checked })} data-testid="scan-adf" />
        <span>{t('scan.device.adf')}</span>
      </label>
      <button
        type="button"
        className="btn btn-primary"
        disabled={running || !chosen}
        onClick={() => {
          if (!chosen) return;
          // The shown scanner is the one scanned with, even when the remembered one is unplugged.
          if (chosen.source !== prefs.source || chosen.id !== prefs.device) onChange({ source: chosen.source, device: chosen.id });
          onScan(chosen);
        }}
        data-testid="scan-device-button"
      >
        <Icon name="scan" size={16} />
        {t('scan.device.scan')}
      </button>
      {empty ? (
        <p className="muted device-hint" data-testid="scan-device-empty">
          {error ? engineText(error, locale) : (found.sources.length === 0 ? t('scan.device.noSource') : t('scan.device.noneHint'))}
        </p>
      ) : null}
    </div>
  );
}
