/**
 * Where an earlier version of a row (a record, a licence, a resident, a declaration) came from, as its history
 * keeps it: a coded message (an import of a file, a decision) stored as JSON, so either language can show it later;
 * the words of an entry written before sources were coded (or given by a caller) are kept and read back as they are.
 */
import { say } from '../domain/messages/catalogue';
import { isEngineMessage, type EngineMessage, type MessageParam } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';

/** Where a change came from: a coded message, or words given by the caller. */
export type HistorySource = string | EngineMessage;

/** The history's source column for it. */
export function storedSource(source: HistorySource): string {
  return typeof source === 'string' ? source : JSON.stringify(source);
}

/** A history entry's source as stored: its English and, when coded, its code. */
export function sourceOf(stored: string): { source: string; text?: EngineMessage } {
  if (!stored.startsWith('{"code"')) return { source: stored };
  try {
    const text: unknown = JSON.parse(stored);
    return isEngineMessage(text) ? { source: renderMessage(text, 'en'), text } : { source: stored };
  } catch {
    return { source: stored };
  }
}

/**
 * Where one file's rows came from: the import's own words and the file, or, for an import named by its files (the
 * default), that file alone — "import of a.csv", never "import of a.csv: a.csv" (nor, in an audit reason built on
 * it, "import of a.csv: a.csv: record …").
 */
export function fileSource(source: MessageParam, file: string): EngineMessage {
  if (isEngineMessage(source) && source.code === 'history.import_of') return say('history.import_of', { files: file });
  return say('history.from_file', { source, file });
}
