/** A dossier and its pages as the engine's API shows them (the Scan screen, `sohoa dossiers list`). */

// A dossier and its flags as the API shows them are the domain's (zod schemas there, the types inferred).
export type { DossierView, DossierFlag } from '../domain/dossier';

// A page as the Scan screen shows it (what is stored, with a thumbnail instead of the archive path): the domain's.
export type { PageView } from '../domain/page';
