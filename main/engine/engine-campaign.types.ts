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
import type { LicenceHistoryEntry, StoredLicence } from './db/licences.repo';
import type { LicenceCandidate } from './licences/licence-finder';
import type { PaperCheck } from './declarations/paper-check';

export type { LicenceCandidate, LicenceHistoryEntry, PaperCheck, StoredLicence };
export type { CampaignStats, DeclarationFilter, KeyedImportReport, OwnerCounts, OwnerDecisionOutcome, OwnerDecisionRequest, OwnerResult, StoredDeclaration };

/** One licence's result as `licences reconcile --json` prints it (CLI.md). */
export interface LicenceResult {
  licence_no: string;
  status: ReconcileStatus;
  personal_id: string | null;
  differences: OwnerResult['differences'];
}

export interface LicenceDecisionRequest {
  licence_no: string;
  field: string;
  action: string;
  reason?: string | null;
}

export interface LicenceDecisionOutcome {
  outcome: 'decided' | 'unchanged';
  message: string;
  result: LicenceResult;
}

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
    window(request: { status: ReconcileStatus | 'not_match'; offset: number; limit: number }): { total: number; rows: OwnerResult[] };
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
    /**
     * The third leg: each scanned dossier of the declared vehicle's record against the declared plate, chassis and
     * engine (the paper's fused values); empty when the vehicle has no record or no dossier was scanned.
     */
    paper(request: { id: string }): PaperCheck[];
  };
  licences: {
    /** Imports driving-licence records (CSV, XLSX, JSON); upsert by licence number; `issues[].key` is the licence number. */
    import(files: string[], options?: { source?: string }): Promise<KeyedImportReport>;
    count(): number;
    /** A licence as stored, with its history; null when the station has no such licence number. */
    show(licenceNo: string): (StoredLicence & { history: LicenceHistoryEntry[] }) | null;
    /**
     * Licences whose number (or holder's personal ID) is `text` up to OCR confusions and one slip, best first —
     * how a scanned licence finds its record.
     */
    find(text: string, limit?: number): LicenceCandidate[];
    /** Licences of a holder by name (case- and diacritic-insensitive) and birth date (any when absent). */
    findHolder(name: string, birthDate?: string | null): LicenceCandidate[];
    /** Checks every licence holder against the register, replacing the stored results; returns the counts. */
    reconcile(): OwnerCounts;
    /** Stored results in licence order: those not matching (every one with `all`), or one status. */
    results(options?: { all?: boolean; status?: ReconcileStatus }): Iterable<LicenceResult>;
    counts(): OwnerCounts;
    window(request: { status: ReconcileStatus | 'not_match'; offset: number; limit: number }): { total: number; rows: LicenceResult[] };
    /** Checks one licence now (and stores the result). */
    check(licenceNo: string): LicenceResult;
    /** An officer's decision on one difference of a licence holder (take-register or keep-record), audited. */
    decide(request: LicenceDecisionRequest): Promise<LicenceDecisionOutcome>;
    /** The same decision on a reviewed list, one by one; each refusal is named and the rest go on. */
    decideMany(requests: LicenceDecisionRequest[]): Promise<{ decided: string[]; skipped: { licence_no: string; reason: string }[] }>;
  };
  campaign: {
    /** The dashboard's owner and declaration figures. */
    stats(): CampaignStats;
  };
}
