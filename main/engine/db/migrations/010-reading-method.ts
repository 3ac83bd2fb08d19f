import type { Migration } from './migration';

/** How each field reading was found (label, line below, pattern, re-read) or `invalid` (failed its grammar). */
export const migration010: Migration = {
  version: 10,
  name: 'reading-method',
  up: `ALTER TABLE field_readings ADD COLUMN method TEXT NOT NULL DEFAULT 'label' CHECK (method IN ('label', 'below', 'pattern', 'reread', 'invalid'));`,
};
