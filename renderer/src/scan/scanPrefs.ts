import type { ScanMode, ScanSourceKind } from '../../../preload/contract';

/** Where the next scan comes from: chosen files, a chosen folder, or a connected scanner. */
export type ScanOrigin = 'files' | 'folder' | 'device';

export const RESOLUTIONS = [150, 200, 300, 400, 600] as const;
export const MODES: readonly ScanMode[] = ['gray', 'color', 'lineart'];

export interface ScanPrefs {
  origin: ScanOrigin;
  /** The scanner last used, as `source` + device id; kept even while it is unplugged. */
  source: ScanSourceKind | null;
  device: string | null;
  resolution: number;
  mode: ScanMode;
  adf: boolean;
}

const KEY = 'sohoa.scan.prefs';
// 300 dpi grey is what OCR of A4 forms needs; the feeder is how stations scan stacks.
const DEFAULTS: ScanPrefs = { origin: 'files', source: null, device: null, resolution: 300, mode: 'gray', adf: true };

/** The clerk's last choices on the Scan screen (kept on this computer until the settings screen takes them over). */
export function loadScanPrefs(): ScanPrefs {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ScanPrefs>;
    const prefs = { ...DEFAULTS, ...saved };
    return {
      origin: (['files', 'folder', 'device'] as const).includes(prefs.origin) ? prefs.origin : DEFAULTS.origin,
      source: prefs.source === 'sane' || prefs.source === 'naps2' ? prefs.source : null,
      device: typeof prefs.device === 'string' ? prefs.device : null,
      resolution: (RESOLUTIONS as readonly number[]).includes(prefs.resolution) ? prefs.resolution : DEFAULTS.resolution,
      mode: MODES.includes(prefs.mode) ? prefs.mode : DEFAULTS.mode,
      adf: typeof prefs.adf === 'boolean' ? prefs.adf : DEFAULTS.adf,
    };
  } catch {
    return DEFAULTS;
  }
}

export function saveScanPrefs(prefs: ScanPrefs): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage full or disabled: the choices simply are not remembered.
  }
}
