/**
 * The parts of the engine's API about the campaign's other sources: the population register, owner
 * reconciliation and citizens' self-declarations (issue 17). Decisions act as the signed-in user.
 */
import type { DeclarationFilter, StoredDeclaration } from './db/declarations.repo';
import type { DeclarationDecisionRequest } from './declarations/declaration.types';
import type { CampaignStats } from './owners/campaign-stats';
import type { OwnerCounts, OwnerDecisionOutcome, OwnerDecisionRequest, OwnerResult } from './owners/owners.service';
import type { KeyedImportReport } from './reconcile/keyed-import';
import type { ReconcileStatus, RegisterPerson } from './reconcile/subject';

export type { CampaignStats, DeclarationFilter, KeyedImportReport, OwnerCounts, OwnerDecisionOutcome, OwnerDecisionRequest, OwnerResult, StoredDeclaration };

export interface CampaignApi {
  residents: {
    /** Imports register extracts (CSV, XLSX, JSON); upsert by personal ID; `issues[].key` is the personal ID. */
    import(files: string[], options?: { source?: string }): Promise<KeyedImportReport>;
    count(): number;
    /** Residents by personal ID, by former CMND, or by name and birth date (case- and diacritic-insensitive). */
    find(query: { id?: string | null; name?: string | null; birthDate?: string | null }): RegisterPerson[];
  };
  owners: {
    /** Checks every record's owner against the register, replacing the stored results; returns the counts. */
    reconcile(): OwnerCounts;
    /** Stored results in record order: those not matching (every one with `all`), or one status. */
    results(options?: { all?: boolean; status?: ReconcileStatus }): Iterable<OwnerResult>;
    counts(): OwnerCounts;
    /** A window of the stored results with one status (or every one not matching), for the Owners screen. */
    window(status: ReconcileStatus | 'not_match', offset: number, limit: number): { total: number; rows: OwnerResult[] };
    /** Checks one record now (and stores the result). */
    check(recordId: string): OwnerResult;
    /** An officer's decision on one difference: take the register's value into the record, or keep the record's. */
    decide(request: OwnerDecisionRequest): Promise<OwnerDecisionOutcome>;
    /** The same decision on a reviewed list, one by one; each refusal is named and the rest go on. */
    decideMany(requests: OwnerDecisionRequest[]): Promise<{ decided: string[]; skipped: { record: string; reason: string }[] }>;
  };
  declarations: {
    /** Imports self-declarations; upsert by declaration id; each is compared as it is stored. */
    import(files: string[], options?: { source?: string }): Promise<KeyedImportReport>;
    /** Every declaration matching the filter; those still pending are compared again first when records or the register changed since. */
    list(filter?: DeclarationFilter): Iterable<StoredDeclaration>;
    window(filter: DeclarationFilter, offset: number, limit: number): { total: number; rows: StoredDeclaration[] };
    /** The confirmation queue's next declaration after `afterId` (default: pending ones). */
    next(filter?: DeclarationFilter, afterId?: string | null): StoredDeclaration | null;
    /** Compares every pending declaration again; returns how many. */
    compareAll(): number;
    decide(request: DeclarationDecisionRequest): Promise<{ outcome: 'decided' | 'unchanged'; message: string; declaration: StoredDeclaration }>;
    /** Confirms every pending exact match as the signed-in officer; returns how many. */
    confirmExact(): Promise<number>;
  };
  campaign: {
    /** The dashboard's owner and declaration figures. */
    stats(): CampaignStats;
  };
}
