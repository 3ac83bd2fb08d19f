/**
 * The station's preferences: defaults and the checks a change must pass. Each refusal is one sentence naming
 * the setting and the allowed range, because the Settings screen shows it as it is.
 */
import { availableParallelism } from 'node:os';
import { isAbsolute } from 'node:path';
import { UserError } from '../errors';
import type { Settings } from '../domain/settings';
import { folderProblem } from './folder-reach';
import { say } from '../domain/messages/catalogue';

export const DEFAULT_SETTINGS: Settings = { locale: 'vi' };

/** Resolutions scanners offer and OCR can use: below 150 dpi serials are unreadable, above 600 only slower. */
export const SCAN_DPI = { min: 150, max: 600 } as const;

export function processorCores(): number {
  return availableParallelism();
}

function checkFolder(label: 'hot' | 'archive' | 'backup', value: string | null | undefined, stored: string | null | undefined): void {
  // An unchanged folder is not checked again: the Settings screen sends every field, and a backup drive that is
  // unplugged today must not stop the clerk from changing the language.
  if (value === undefined || value === null || value === stored) return;
  if (!isAbsolute(value)) throw new UserError(say('settings.not_full_path', { folder: say(`folder.${label}`) }));
  const problem = folderProblem(label, value);
  if (problem) throw new UserError(problem);
}

/** Throws a UserError for the first value out of range; `cores` is the upper bound of OCR workers. */
export function checkSettings(patch: Partial<Settings>, cores: number, stored: Partial<Settings> = {}): void {
  const workers = patch.ocrWorkers;
  if (workers !== undefined && workers !== null && (!Number.isInteger(workers) || workers < 1 || workers > cores)) {
    throw new UserError(say('settings.ocr_workers', { cores }));
  }
  const dpi = patch.scanResolution;
  if (dpi !== undefined && dpi !== null && (!Number.isInteger(dpi) || dpi < SCAN_DPI.min || dpi > SCAN_DPI.max)) {
    throw new UserError(say('settings.scan_resolution', { min: SCAN_DPI.min, max: SCAN_DPI.max }));
  }
  checkFolder('hot', patch.hotFolder, stored.hotFolder);
  checkFolder('archive', patch.archiveFolder, stored.archiveFolder);
  checkFolder('backup', patch.backupFolder, stored.backupFolder);
}
