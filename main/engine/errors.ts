import type { EngineMessage, MessageParam } from './domain/messages/message';
import { say } from './domain/messages/catalogue';
import { renderMessage } from './domain/messages/render';

/**
 * An error for the user: a coded message (naming the file, row or field) the screens render in their language,
 * with its English sentence as `message` for the command line and logs. Areas not yet coded still pass the
 * English sentence itself. Anything else that escapes the engine is a bug, reported as such, never as a stack trace.
 */
export class UserError extends Error {
  /** The coded message, when the area raising it speaks in codes. */
  readonly text: EngineMessage | null;
  constructor(
    message: string | EngineMessage,
    readonly code: string = 'bad_input',
  ) {
    super(typeof message === 'string' ? message : renderMessage(message, 'en'));
    this.text = typeof message === 'string' ? null : message;
    this.name = 'UserError';
  }
}

/** A file that cannot be used at all (unreadable, wrong format, missing required column). */
export class InputError extends UserError {
  constructor(message: string | EngineMessage) {
    super(message, 'bad_input');
    this.name = 'InputError';
  }
}

/** The disk holding `where` (the archive, the station database) is full: the work must stop, not fail item by item. */
export class DiskFullError extends UserError {
  constructor(readonly where: MessageParam) {
    super(say('disk.full', { where }), 'disk_full');
    this.name = 'DiskFullError';
  }
}

/** An error as it leaves the engine: its category, its English sentence and, when coded, its message. */
export function describeError(error: unknown): { code: string; message: string; text?: EngineMessage } {
  if (error instanceof UserError) return error.text ? { code: error.code, message: error.message, text: error.text } : { code: error.code, message: error.message };
  const text = say('internal.unexpected', { detail: detailOf(error) });
  return { code: 'internal', message: renderMessage(text, 'en'), text };
}

/** A bug's own words, its first line only (never a stack trace). */
function detailOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/**
 * What a caught error adds to a sentence of its own ("… could not be written to F: {reason}."): its coded message,
 * else its words without the "Unexpected error" prefix.
 */
export function reasonOf(error: unknown): MessageParam {
  if (error instanceof UserError) return error.text ?? error.message;
  return detailOf(error);
}

/** A write the disk refused for lack of space: SQLite's SQLITE_FULL (its own words for ENOSPC) or the OS's. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}
