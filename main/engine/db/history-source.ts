/**
 * Where an earlier version of a row (a record, a licence, a resident, a declaration) came from, as its history
 * keeps it: a coded message (an import of a file, a decision) stored as JSON, so either language can show it later;
 * the words of an entry written before sources were coded (or given by a caller) are kept and read back as they are.
 */
import { isEngineMessage, type EngineMessage } from '../domain/messages/message';
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
