/**
 * A coded message with its English sentence beside it: what a row's problem or a record's issue carries, so the
 * command line prints the English it always printed and the screens render the code in their own language.
 */
import type { EngineMessage } from './message';
import { renderMessage } from './render';

export interface Said {
  readonly message: string;
  readonly text: EngineMessage;
}

export function said(text: EngineMessage): Said {
  return { message: renderMessage(text, 'en'), text };
}
