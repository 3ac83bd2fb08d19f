/**
 * The window's size, position and open screen, kept in a small JSON file in the user's data folder so the app
 * reopens as it was left. Per computer, not per station: another PC has other screens.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, screen, type BrowserWindow, type Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
  /** The renderer's address fragment, e.g. `#/review`: the screen to open again. */
  hash: string;
}

const DEFAULT_SIZE = { width: 1360, height: 860 };
export const MIN_SIZE = { width: 1024, height: 640 };

const stateFile = (): string => join(app.getPath('userData'), 'window-state.json');

function isRectangle(value: unknown): value is Rectangle {
  const r = value as Partial<Rectangle> | null;
  return !!r && [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n));
}

/**
 * Fits saved bounds onto a display that is there now: a window last shown on an unplugged second monitor, or
 * larger than the present screen, would otherwise open out of sight.
 */
function clampToDisplay(bounds: Rectangle): Rectangle {
  const area = screen.getDisplayMatching(bounds).workArea;
  const width = Math.min(Math.max(bounds.width, MIN_SIZE.width), area.width);
  const height = Math.min(Math.max(bounds.height, MIN_SIZE.height), area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** The saved state fitted to the present displays; a missing or damaged file gives the default window. */
export function loadWindowState(): Partial<Rectangle> & { maximized: boolean; hash: string } {
  try {
    const saved = JSON.parse(readFileSync(stateFile(), 'utf8')) as Partial<WindowState>;
    if (!isRectangle(saved.bounds)) throw new Error('no bounds');
    const hash = typeof saved.hash === 'string' && /^#\/[a-z]+$/.test(saved.hash) ? saved.hash : '';
    return { ...clampToDisplay(saved.bounds), maximized: saved.maximized === true, hash };
  } catch {
    return { ...DEFAULT_SIZE, maximized: false, hash: '' };
  }
}

/** Saves the state when the window closes; the normal bounds are kept for a maximized window. */
export function rememberWindowState(window: BrowserWindow): void {
  window.on('close', () => {
    const url = window.webContents.getURL();
    const state: WindowState = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
      hash: url.includes('#') ? url.slice(url.indexOf('#')) : '',
    };
    try {
      writeFileSync(stateFile(), JSON.stringify(state));
    } catch {
      // A read-only profile folder: the window simply opens at its default size next time.
    }
  });
}
