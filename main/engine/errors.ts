/**
 * An error whose message is one clear sentence for the user (naming the file, row or field).
 * Anything else that escapes the engine is a bug and is reported as such, never as a stack trace.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = 'bad_input',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A file that cannot be used at all (unreadable, wrong format, missing required column). */
export class InputError extends UserError {
  constructor(message: string) {
    super(message, 'bad_input');
    this.name = 'InputError';
  }
}

/** The disk holding `where` (the archive, the station database) is full: the work must stop, not fail item by item. */
export class DiskFullError extends UserError {
  constructor(readonly where: string) {
    super(`The disk holding ${where} is full: free some space, then try again.`, 'disk_full');
    this.name = 'DiskFullError';
  }
}

export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof UserError) return { code: error.code, message: error.message };
  const text = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${text.split('\n')[0]}` };
}

/** A write the disk refused for lack of space: SQLite's SQLITE_FULL (its own words for ENOSPC) or the OS's. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}
