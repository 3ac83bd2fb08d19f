/**
 * What differs between kinds of dossier (a vehicle's registration dossier, a paper driving licence) along the
 * pipeline: which fields the paper yields, how a page is read into them, how a dossier's readings fuse, which
 * record it is linked to and which differences are flagged. Everything else — intake, the page queue, review,
 * decisions, export — is shared. Each stage asks `stagesOf(kind)` once instead of branching on the kind itself.
 */
import type { RecordsRepo } from '../db/records.repo';
import type { OcrPool } from '../ocr/ocr-worker-pool';
import type { ReviewFlag } from '../domain/review';
import type { FoundRecord, LinkKey, LinkVerdict } from '../review/link-dossier';
import type { LicenceLookup } from '../review/licence/licence-link';
import type { CardPage } from '../db/dossier-cards.repo';
import type { FieldReading, FusedFields, PageAnalysis } from '../domain/field-reading';

/** What linking may consult: the station's vehicle records and, for licences, the licence records. */
export interface KindLinkDeps {
  records: RecordsRepo;
  find: (text: string, field: LinkKey) => FoundRecord[];
  /** The record's mark on the department's retired list, if any. */
  retiredMark?: (recordId: string) => { reason: string; listed_on: string | null } | undefined;
  licences?: LicenceLookup;
}

/** A dossier's link (the record's id: a vehicle record id or a licence number) and the flags against that record. */
export interface LinkOutcome {
  recordId: string | null;
  verdict: Omit<LinkVerdict, 'record'>;
  /** Flags about the linked record's values (and its standing, e.g. retired); none when nothing is linked. */
  flags: ReviewFlag[];
}

export interface DossierKindStages {
  /** The fields a dossier of this kind shows, in order (`dossiers list`). */
  fields: readonly string[];
  /** Field finding: one page image → its words and field readings. */
  fieldFinding(image: Buffer, pool: OcrPool): Promise<PageAnalysis>;
  /** Fusion: every reading of the dossier → one value per field. */
  fusion(readings: FieldReading[]): FusedFields;
  /** Pages grouped into dossiers once read (page ids per group); absent: the dossier stays as it came in. */
  regroup?(pages: readonly CardPage[], readings: readonly FieldReading[]): number[][];
  /** Linking and the record's flags; `manual` is the officer's choice of record, if any. */
  link(deps: KindLinkDeps, fields: FusedFields, readings: FieldReading[], manual: { value: string; user: string } | null): LinkOutcome;
}
