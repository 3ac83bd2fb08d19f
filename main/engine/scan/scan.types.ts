/** What scanning produces: dossiers made of pages taken out of the files the clerk chose. */
import type { EngineMessage } from '../domain/messages/message';

/** One dossier to create: the user's source paths (absolute) and the page files in order. */
export interface DossierPlan {
  source: string[];
  /** The files whose pages make the dossier, in page order (one PDF/TIFF, or several images). */
  files: string[];
}

/** One page image taken out of a source file, as it was scanned (never re-encoded). */
export interface PageImage {
  /** The file it came from and its 0-based page number within that file. */
  file: string;
  indexInFile: number;
  data: Buffer;
  format: 'jpeg' | 'png' | 'tiff' | 'webp' | 'raw';
  width: number;
  height: number;
  /** SHA-256 (hex) of `data`: the same content is never imported twice. */
  sha256: string;
}

/** A page that could not be taken out of its file, with one sentence naming the file and the problem. */
export interface PageError {
  file: string;
  indexInFile: number | null;
  /** The problem in English (the command line's words). */
  message: string;
  /** The problem as a coded message, for the screens and the dossier's stored error. */
  text: EngineMessage;
}
