/**
 * The scan pipeline, stage by stage — what happens to paper from the scanner to the officer's queue:
 *
 *   1. intake         files and folders → dossiers of page images, archived as scanned; pages queued
 *   2. page reading   one page → its words, boxes and confidences, upright and levelled (one OCR pass)
 *   3. field finding  the read page → readings of each field: labels anywhere, values tied by geometry,
 *                     checked by the field's grammar, serials by pattern, rubbings by their look;
 *                     every serial double-keyed by a second, independent reader (double-keying.ts)
 *   4. fusion         every reading of a field across the dossier's pages → one value and its confidence
 *   5. linking        the fused values → the station's record of that vehicle (never by plate alone)
 *   6. flags          every difference between paper and record, with its evidence, for the officer
 *
 * Stages 3 to 6 depend on what the dossier holds — a vehicle's registration dossier or a paper driving licence
 * (whose file becomes one dossier per card after stage 3): each asks `dossierKindStages(kind)` for its own
 * field finding, fusion, linking and flags (dossier-kinds/), the exports below being the vehicle's.
 *
 * Stages 1 and 2 are joined by the persistent page queue (scan-queue.service.ts): a crash between any two
 * stages loses nothing and does nothing twice. The engine wires 4 → 5 → 6 when a dossier's last page is done.
 */
export { intakeScans as intake } from './scan/scan-intake.service';
export { readPage as pageReading } from './extraction/page-reading';
export { analyzePage as fieldFinding } from './extraction/analyze-page';
export { fuseReadings as fusion } from './extraction/fuse';
export { linkDossier as linking } from './review/link-dossier';
export { fieldFlags as flags } from './review/flags';
export { stagesOf as dossierKindStages } from './dossier-kinds/dossier-kinds';
