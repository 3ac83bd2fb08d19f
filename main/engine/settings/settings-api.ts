/**
 * The engine's `settings` calls: the station's preferences (defaults merged with what was saved, each change
 * checked before it is stored) and the facts the Settings screen shows but cannot change.
 */
import type { SettingsRepo } from '../db/settings.repo';
import { UserError } from '../errors';
import { archiveProblem } from './folder-reach';
import type { EngineMessage } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';
import type { Settings, StationFacts } from '../domain/settings';
import type { InputOf } from '../domain/call';
import type { StationCalls } from '../domain/station.calls';
import { checkSettings, DEFAULT_SETTINGS, processorCores } from './station-settings';

/** The preferences as saved, without the defaults (what decides the archive folder at start). */
export function savedPreferences(settings: SettingsRepo): Partial<Settings> {
  return settings.get<Partial<Settings>>('preferences', {});
}

/** The engine's `settings` calls, as `engine.settings` offers them. */
export interface SettingsApi {
  get(): Settings;
  /** Changes some settings (the call's input: domain/station.calls.ts); answers all of them. */
  set(patch: InputOf<StationCalls, 'settings.set'>): Settings;
  station(): StationFacts;
}

export function createSettingsApi(settings: SettingsRepo, station: { archiveDir: string; dbPath: string }): SettingsApi {
  const get = (): Settings => ({ ...DEFAULT_SETTINGS, ...savedPreferences(settings) });
  return {
    get,
    set: (patch) => {
      checkSettings(patch, processorCores(), get());
      const next = { ...get(), ...patch };
      settings.set('preferences', next);
      return next;
    },
    station: () => ({ archiveDir: station.archiveDir, dbPath: station.dbPath, cores: processorCores(), ...archiveFacts(station.archiveDir) }),
  };
}

/** Throws the sentence saying why the archive folder cannot be reached; checked on every scan, not once: the drive may be plugged in (or pulled out) while the app runs. */
export function checkArchiveReachable(archiveDir: string): void {
  const problem = archiveProblem(archiveDir);
  if (problem) throw new UserError(problem);
}

/** Why the archive folder cannot be reached, in English and coded for the Settings screen; both null when it can. */
function archiveFacts(archiveDir: string): { archiveProblem: string | null; archiveProblemText: EngineMessage | null } {
  const problem = archiveProblem(archiveDir);
  return { archiveProblem: problem && renderMessage(problem, 'en'), archiveProblemText: problem };
}
