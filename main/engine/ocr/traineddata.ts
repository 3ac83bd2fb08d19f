/**
 * Where OCR language data comes from: the traineddata shipped inside the @tesseract.js-data packages, read from
 * disk so a worker never touches the network.
 *
 * tesseract.js takes one `langPath` for all languages, but vie and eng live in two packages; and its
 * "language as bytes" form (`{ code, data }`) is broken in 7.0.0 (initialize joins `l.data` instead of
 * `l.code`, so Init fails). So we gather both files in one folder (symlinks, copies where links fail).
 */
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type OcrLang = 'vie' | 'eng';
/**
 * `best_int`: LSTM-only models (tesseract.js's own default).
 * `legacy`: the 4.0.0 files that also carry the legacy engine (needed only for `worker.detect`).
 */
export type TraineddataVariant = 'best_int' | 'legacy';

/** Absolute path of the packaged traineddata file for `lang`. */
export function traineddataPath(lang: OcrLang, variant: TraineddataVariant = 'best_int'): string {
  const pkgDir = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  return join(pkgDir, variant === 'best_int' ? '4.0.0_best_int' : '4.0.0', `${lang}.traineddata.gz`);
}

/**
 * A folder holding `<lang>.traineddata.gz` for every language, to pass as tesseract.js's `langPath`.
 * `dir` defaults to a per-variant folder under the OS temp dir (the app would use its resources folder).
 */
export function prepareLangPath(langs: readonly OcrLang[], variant: TraineddataVariant = 'best_int', dir?: string): string {
  const target = dir ?? join(tmpdir(), `sohoa-tessdata-${variant}`);
  mkdirSync(target, { recursive: true });
  for (const lang of langs) {
    const dest = join(target, `${lang}.traineddata.gz`);
    if (existsSync(dest)) continue;
    const src = traineddataPath(lang, variant);
    try {
      symlinkSync(src, dest);
    } catch {
      copyFileSync(src, dest);
    }
  }
  return target;
}
