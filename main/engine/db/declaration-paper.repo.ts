import type { Db } from './database';
import type { FusedFields } from '../domain/field-reading';

/** A scanned vehicle dossier of a record, with what its paper says. */
export interface PaperDossier {
  id: string;
  fields: FusedFields | null;
}

/** The SQL the declarations' third leg needs: the scanned dossiers linked to a record (read, not failed). */
export class DeclarationPaperRepo {
  private readonly byRecord;

  constructor(db: Db) {
    this.byRecord = db.prepare<[string], { id: string; fields: string | null }>(
      "SELECT id, fields FROM dossiers WHERE record_id = ? AND kind = 'vehicle' AND status IN ('needs_review', 'resolved', 'exported') ORDER BY seq",
    );
  }

  dossiersOf(recordId: string): PaperDossier[] {
    return this.byRecord.all(recordId).map((r) => ({ id: r.id, fields: r.fields ? (JSON.parse(r.fields) as FusedFields) : null }));
  }
}
