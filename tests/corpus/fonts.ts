/**
 * Fonts for the corpus renderer. librsvg (inside sharp) finds fonts through fontconfig; pointing fontconfig at
 * a config that lists only resources/fonts makes pages identical on every machine and needs no system fonts.
 * FONTCONFIG_FILE is read when fontconfig first initialises, i.e. at the process's first text render, so
 * call useCorpusFonts() before rendering any SVG with text.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FONTS_DIR = resolve(__dirname, '..', '..', 'resources', 'fonts');

/** Printed form labels (government forms are set in Times-like faces). */
export const LABEL_FONTS = ['Tinos', 'DejaVu Serif'] as const;
/** Typewriter, office printer and certificate faces for typed values. */
export const TYPED_FONTS = ['Cousine', 'Tinos', 'Arimo', 'DejaVu Sans', 'DejaVu Serif'] as const;
/** Handwriting-like faces with Vietnamese glyphs. */
export const HAND_FONTS = ['Patrick Hand', 'Dancing Script'] as const;
/** Faces for stamped serials in pencil rubbings. */
export const STAMP_FONTS = ['DejaVu Sans Mono', 'Cousine', 'Arimo'] as const;

let configured: string | null = null;

/** Writes a fonts.conf for resources/fonts into a temp folder and points FONTCONFIG_FILE at it. Idempotent. */
export function useCorpusFonts(): string {
  if (configured) return configured;
  if (!existsSync(join(FONTS_DIR, 'tinos-latin-400.ttf'))) {
    throw new Error(`Corpus fonts are missing from ${FONTS_DIR}.`);
  }
  const tag = createHash('sha1').update(FONTS_DIR).digest('hex').slice(0, 10);
  const dir = join(tmpdir(), `sohoa-corpus-fonts-${tag}`);
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'fonts.conf');
  const xml = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${FONTS_DIR}</dir>`,
    `  <cachedir>${join(dir, 'cache')}</cachedir>`,
    // Generic names fall back to faces we ship, never to whatever the machine has.
    '  <alias><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>',
    '  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>',
    '  <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>',
    '</fontconfig>',
    '',
  ].join('\n');
  writeFileSync(conf, xml);
  process.env.FONTCONFIG_FILE = conf;
  configured = conf;
  return conf;
}

/** Escapes text for an SVG text node or attribute. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
