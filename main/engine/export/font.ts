import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { UserError } from '../errors';
import { say } from '../domain/messages/catalogue';

const FONT_FILE = 'DejaVuSans.ttf';

/** Where the shipped fonts may be: the packaged app's resources, or the repository's `resources` folder. */
function candidates(): string[] {
  const found: string[] = [];
  if (process.env.SOHOA_RESOURCES) found.push(join(process.env.SOHOA_RESOURCES, 'fonts', FONT_FILE));
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (packaged) found.push(join(packaged, 'fonts', FONT_FILE), join(packaged, 'resources', 'fonts', FONT_FILE));
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    found.push(join(dir, 'resources', 'fonts', FONT_FILE));
    dir = dirname(dir);
  }
  found.push(join('/usr/share/fonts/truetype/dejavu', FONT_FILE));
  return found;
}

let cached: Uint8Array | null = null;

/** The text layer's font (DejaVu Sans: every Vietnamese letter with its marks), read once from disk, never fetched. */
export function textLayerFont(): Uint8Array {
  if (cached) return cached;
  const path = candidates().find((p) => existsSync(p));
  if (!path) throw new UserError(say('export.font_missing', { font: FONT_FILE }), 'missing_resource');
  cached = readFileSync(path);
  return cached;
}

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
let fontkit: Promise<Fontkit> | null = null;

/**
 * fontkit (embeds the font's glyphs), loaded when the first PDF is written: loading it takes about a sixth of the
 * engine's start, paid by every command-line run and every start of the app, though most write no PDF.
 */
export function loadFontkit(): Promise<Fontkit> {
  return (fontkit ??= import('@pdf-lib/fontkit').then((m) => m.default));
}
