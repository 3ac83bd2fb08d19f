/**
 * Messages kept in a text column (a dossier's or a page's problems, an audit entry's reason): coded messages as
 * JSON, so a screen renders them in the language chosen today rather than the one of the day they were stored.
 * A row stored before they were coded (or a reason an officer typed) holds plain text, which reads back as itself
 * (`stored.as_written`).
 */
import { say } from './catalogue';
import { isEngineMessage, type EngineMessage } from './message';
import { renderMessage } from './render';

const TAG = '{"messages":';

/** The column's text for these messages; null for none. */
export function storeMessages(messages: readonly EngineMessage[]): string | null {
  return messages.length === 0 ? null : JSON.stringify({ messages });
}

/** One message as the column's text. */
export function storedMessage(message: EngineMessage): string {
  return JSON.stringify({ messages: [message] });
}

/** The messages a column holds, each a coded message; none for null. */
export function readMessages(stored: string | null): EngineMessage[] {
  if (!stored) return [];
  if (stored.startsWith(TAG)) {
    try {
      const { messages } = JSON.parse(stored) as { messages: unknown };
      if (Array.isArray(messages) && messages.every(isEngineMessage)) return messages;
    } catch {
      // Not ours after all: shown as written below.
    }
  }
  return [say('stored.as_written', { text: stored })];
}

/** The messages a column holds when the engine stored them coded; undefined for plain text (a serial, a name) or none. */
export function codedMessages(stored: string | null): EngineMessage[] | undefined {
  if (!stored?.startsWith(TAG)) return undefined;
  const messages = readMessages(stored);
  return messages.some((m) => m.code === 'stored.as_written') ? undefined : messages;
}

/**
 * The messages of several columns (a dossier's intake problems and its failed pages') as one column's text; a
 * message said alike of several (two shapes cut from one page, each no card) is said once.
 */
export function joinStored(stored: readonly (string | null)[]): string | null {
  const seen = new Set<string>();
  const once = stored.flatMap(readMessages).filter((m) => {
    const key = JSON.stringify(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return storeMessages(once);
}

/** The messages in English, one sentence after another: what the command line prints. */
export function storedSentence(stored: string | null): string | null {
  const messages = readMessages(stored);
  return messages.length === 0 ? null : messages.map((m) => renderMessage(m, 'en')).join(' ');
}
