/** One schema version. A shipped migration is never edited: a change is a new file with the next version. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}
