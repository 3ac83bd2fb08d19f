import { homedir } from 'node:os';
import { join } from 'node:path';

/** The desktop app's name; Electron derives its user-data folder from it, and so do we without Electron. */
export const APP_NAME = 'Sohoa Station';

/** The desktop app's user-data folder, computed the way Electron does on each platform. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** The station database: SOHOA_DB when set, otherwise the desktop app's own. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SOHOA_DB || join(defaultDataDir(env), 'station.db');
}
