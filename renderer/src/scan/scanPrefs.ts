import type { ScanMode, ScanSourceKind, Settings } from '../../../preload/contract';

/** Where the next scan comes from: chosen files, a chosen folder, or a connected scanner. */
export type ScanOrigin = 'files' | 'folder' | 'device';

export const RESOLUTIONS = [150, 200, 300, 400, 600] as const;
export const MODES: readonly ScanMode[] = ['gray', 'color', 'lineart'];

/** How a page is scanned: stored in the station settings, changed from the Settings or the Scan screen. */
export interface ScanOptions {
  resolution: number;
  mode: ScanMode;
  adf: boolean;
}

// 300 dpi grey is what OCR of A4 forms needs; the feeder is how stations scan stacks.
export const SCAN_DEFAULTS: ScanOptions = { resolution: 300, mode: 'gray', adf: true };

export function scanOptionsOf(settings: Settings): ScanOptions {
  return {
    resolution: settings.scanResolution ?? SCAN_DEFAULTS.resolution,
    mode: settings.scanMode ?? SCAN_DEFAULTS.mode,
    adf: settings.scanAdf ?? SCAN_DEFAULTS.adf,
  };
}

/** The same change, as station settings. */
export function settingsOf(patch: Partial<ScanOptions>): Partial<Settings> {
  return {
    ...(patch.resolution !== undefined ? { scanResolution: patch.resolution } : {}),
    ...(patch.mode !== undefined ? { scanMode: patch.mode } : {}),
    ...(patch.adf !== undefined ? { scanAdf: patch.adf } : {}),
  };
}

/** What this computer has at hand; kept on the computer, since another PC of the station has other scanners. */
export interface ScanPlace {
  origin: ScanOrigin;
  /** The scanner last used, as `source` + device id; kept even while it is unplugged. */
  source: ScanSourceKind | null;
  device: string | null;
}

export type ScanPrefs = ScanPlace & ScanOptions;

// The key of the earlier, fuller prefs: their source fields still read, the scanner options now live in the station.
const KEY = 'sohoa.scan.prefs';
const PLACE: ScanPlace = { origin: 'files', source: null, device: null };

export function loadScanPlace(): ScanPlace {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ScanPlace>;
    return {
      origin: saved.origin && (['files', 'folder', 'device'] as const).includes(saved.origin) ? saved.origin : PLACE.origin,
      source: saved.source === 'sane' || saved.source === 'naps2' ? saved.source : null,
      device: typeof saved.device === 'string' ? saved.device : null,
    };
  } catch {
    return PLACE;
  }
}

export function saveScanPlace(place: ScanPlace): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(place));
  } catch {
    // Storage full or disabled: the choices simply are not remembered.
  }
}
