/** Limits that protect the station PC from hostile or broken input (decompression bombs). */
import path from 'node:path';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';
import type { PageError } from '../scan/scan.types';

/** The largest page accepted: an A3 sheet at 600 dpi is ~70 MP, an A4 at 600 dpi ~35 MP. */
export const MAX_PAGE_PIXELS = 64_000_000;

/** Options for every sharp call that decodes a scan: libvips refuses larger inputs before allocating. */
export const SHARP_INPUT = { limitInputPixels: MAX_PAGE_PIXELS } as const;

/**
 * For reading a header only (sharp's metadata() never decodes pixels): no limit here, so that a bomb's size is
 * known and refused with a sentence saying so, instead of libvips' bare "exceeds pixel limit".
 */
export const HEADER_ONLY = { limitInputPixels: false } as const;

/** Where a page is, for messages: "page 3 of X.pdf" or "X.jpg". */
export function pageLabel(file: string, indexInFile: number | null): MessageParam {
  const name = path.basename(file);
  return indexInFile === null ? name : say('intake.page_of', { page: indexInFile + 1, file: name });
}

/** A problem with a file or one of its pages, in English and coded. */
export function pageError(file: string, indexInFile: number | null, text: EngineMessage): PageError {
  return { file, indexInFile, message: renderMessage(text, 'en'), text };
}

/** Null when the size is acceptable, else the sentence refusing it. */
export function checkPageSize(file: string, indexInFile: number | null, width: number, height: number): EngineMessage | null {
  if (!(width > 0 && height > 0)) return say('intake.no_size', { where: pageLabel(file, indexInFile) });
  if (width * height <= MAX_PAGE_PIXELS) return null;
  const mp = Math.round((width * height) / 1e6);
  return say('intake.too_big', { where: pageLabel(file, indexInFile), width, height, megapixels: mp, limit: MAX_PAGE_PIXELS / 1e6 });
}

/** The first line of an error's message, without a trailing period, for use inside a sentence. */
export function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').trim().replace(/[.:]+$/, '') || 'unknown error';
}
