/**
 * The campaign part of the engine's API (the population register, owner reconciliation, citizens'
 * self-declarations, driving licences): its types and the object built over the station database. engine.ts only
 * hands it the shared pieces; everything about these sources lives under residents/, owners/, declarations/,
 * licences/ and reconcile/. Decisions act as the signed-in user.
 */
import type { DeclarationFilter } from './db/declarations.repo';
import type { DeclarationDecision, DeclarationView } from './domain/declaration';
import type { DeclarationDecisionRequest } from './declarations/declaration.types';
import type { CampaignStats } from './owners/campaign-stats';
import type { OwnerDecisionOutcome, OwnerDecisionRequest, OwnerResult } from './owners/owners.service';
import type { ReconcileStatus, RegisterPerson } from './reconcile/subject';
import type { LicenceResult, StatusCounts } from './domain/reconcile';
import type { LicenceHistoryEntry } from './db/licences.repo';
import type { LicenceView } from './domain/licence';
import type { LicenceCandidate } from './licences/licence-finder';
import type { PaperCheck } from './declarations/paper-check';
import type { AuditRepo } from './db/audit.repo';
import type { Db } from './db/database';
import { DeclarationPaperRepo } from './db/declaration-paper.repo';
import { DeclarationsRepo } from './db/declarations.repo';
import { paperCheck } from './declarations/paper-check';
import { ReconcileRepo } from './db/reconcile.repo';
import type { HistorySource, RecordsRepo } from './db/records.repo';
import { say } from './domain/messages/catalogue';
import { ResidentsRepo } from './db/residents.repo';
import { createDeclarations } from './declarations/declarations.service';
import type { JobProgress } from './domain/job-progress';
import type { FindCandidate } from './records/find-result';
import type { JobRegistry } from './jobs/job-registry';
import { ProgressMeter } from './jobs/progress-meter';
import { campaignStats } from './owners/campaign-stats';
import { createOwners } from './owners/owners.service';
import type { KeyedImportContext, KeyedImportReport } from './reconcile/keyed-import';
import { findResidents, importResidentFiles } from './residents/residents.service';
import type { Actor } from './users/accounts.service';
import { LicencesRepo } from './db/licences.repo';
import { createLicences } from './licences/licences.service';
import type { CorrectableLicenceField } from './licences/normalize-licence';
import type { SubjectResult } from './reconcile/subject-reconciler';
import type { EngineMessage } from './domain/messages/message';
import { withDefaults, type InputOf } from './domain/call';
import { licencesCalls, type LicencesCalls } from './domain/licences.calls';
import { ownersCalls, type OwnersCalls } from './domain/owners.calls';

export type { LicenceCandidate, LicenceHistoryEntry, LicenceView, PaperCheck };
export type { CampaignStats, DeclarationDecision, DeclarationFilter, DeclarationView, KeyedImportReport, OwnerDecisionOutcome, OwnerDecisionRequest, OwnerResult, StatusCounts };

/** One licence holder checked against the register (`licences reconcile --json`): the domain's. */
export type { LicenceResult };

/**
 * An officer's decision on one difference of a licence holder: the `licences.decide` call's input
 * (domain/licences.calls.ts), except that the action is any word, refused in the reconciler's own sentence when unknown.
 */
export type LicenceDecisionRequest = Omit<InputOf<LicencesCalls, 'licences.decide'>, 'action'> & { action: string };

export interface LicenceDecisionOutcome {
  outcome: 'decided' | 'unchanged';
  /** What happened, in English (the command line prints it); `text` is its coded message. */
  message: string;
  text: EngineMessage;
  result: LicenceResult;
}

export interface CampaignApi {
  residents: {
    /** Imports register extracts (CSV, XLSX, JSON); upsert by personal ID; `issues[].key` is the personal ID. */
    import(input: InputOf<OwnersCalls, 'residents.import'> & { source?: string }): Promise<KeyedImportReport>;
    count(): number;
    /** Residents by personal ID, by former CMND, or by name and birth date (case- and diacritic-insensitive). */
    find(query: { id?: string | null; name?: string | null; birthDate?: string | null }): RegisterPerson[];
  };
  owners: {
    /** Checks every record's owner against the register, replacing the stored results; returns the counts. */
    reconcile(): StatusCounts;
    /** Stored results in record order: those not matching (every one with `all`), or one status. */
    results(options?: { all?: boolean; status?: ReconcileStatus }): Iterable<OwnerResult>;
    counts(): StatusCounts;
    /** A window of the stored results with one status (or every one not matching), for the Owners screen. */
    window(request: InputOf<OwnersCalls, 'owners.window'>): { total: number; rows: OwnerResult[] };
    /** Checks one record's owner now (and stores the result). */
    check(input: { record: string }): OwnerResult;
    /** An officer's decision on one difference: take the register's value into the record, or keep the record's. */
    decide(request: OwnerDecisionRequest): Promise<OwnerDecisionOutcome>;
    /** The same decision on a reviewed list, one by one; each refusal is named and the rest go on. */
    decideMany(input: InputOf<OwnersCalls, 'owners.decideMany'>): Promise<{ decided: string[]; skipped: { record: string; reason: string }[] }>;
  };
  declarations: {
    /** Imports self-declarations; upsert by declaration id; each is compared as it is stored. */
    import(input: InputOf<OwnersCalls, 'declarations.import'> & { source?: string }): Promise<KeyedImportReport>;
    /** Every declaration matching the filter; those still pending are compared again first when records or the register changed since. */
    list(filter?: DeclarationFilter): Iterable<DeclarationView>;
    /** A window of the declarations matching the filter, for the Declarations screen. */
    window(input: InputOf<OwnersCalls, 'declarations.window'> & Pick<DeclarationFilter, 'difference'>): { total: number; rows: DeclarationView[] };
    /** The confirmation queue's next declaration matching the filter after the one `after` names (from the start without it). */
    next(input: DeclarationFilter & { after?: string | null }): DeclarationView | null;
    /** Compares every pending declaration again; returns how many. */
    compareAll(): number;
    decide(request: DeclarationDecisionRequest): Promise<DeclarationDecision>;
    /** Confirms every pending exact match as the signed-in officer; returns how many. */
    confirmExact(): Promise<number>;
    /**
     * The third leg: each scanned dossier of the declared vehicle's record against the declared plate, chassis and
     * engine (the paper's fused values); empty when the vehicle has no record or no dossier was scanned.
     */
    paper(request: InputOf<OwnersCalls, 'declarations.paper'>): PaperCheck[];
  };
  licences: {
    /** Imports driving-licence records (CSV, XLSX, JSON); upsert by licence number; `issues[].key` is the licence number. */
    import(input: InputOf<LicencesCalls, 'licences.import'> & { source?: string }): Promise<KeyedImportReport>;
    count(): number;
    /** A licence as stored, with its history; null when the station has no such licence number. */
    show(input: InputOf<LicencesCalls, 'licences.show'>): (LicenceView & { history: LicenceHistoryEntry[] }) | null;
    /**
     * Licences whose number (or holder's personal ID) is `text` up to OCR confusions and one slip, best first —
     * how a scanned licence finds its record.
     */
    find(input: { text: string; limit?: number }): LicenceCandidate[];
    /** Licences of a holder by name (case- and diacritic-insensitive) and birth date (any when absent). */
    findHolder(input: { name: string; birthDate?: string | null }): LicenceCandidate[];
    /** Checks every licence holder against the register, replacing the stored results; returns the counts. */
    reconcile(): StatusCounts;
    /** Stored results in licence order: those not matching (every one with `all`), or one status. */
    results(options?: { all?: boolean; status?: ReconcileStatus }): Iterable<LicenceResult>;
    counts(): StatusCounts;
    window(request: InputOf<LicencesCalls, 'licences.window'>): { total: number; rows: LicenceResult[] };
    /** Checks one licence's holder now (and stores the result). */
    check(input: { licence_no: string }): LicenceResult;
    /** An officer's decision on one difference of a licence holder (take-register or keep-record), audited. */
    decide(request: LicenceDecisionRequest): Promise<LicenceDecisionOutcome>;
    /** The same decision on a reviewed list, one by one; each refusal is named and the rest go on. */
    decideMany(input: InputOf<LicencesCalls, 'licences.decideMany'>): Promise<{ decided: string[]; skipped: { licence_no: string; reason: string }[] }>;
  };
  campaign: {
    /** The dashboard's owner and declaration figures. */
    stats(): CampaignStats;
  };
}

const asLicence = ({ key, ...rest }: SubjectResult): LicenceResult => ({ licence_no: key, ...rest });

export interface CampaignDeps {
  db: Db;
  records: RecordsRepo;
  audit: AuditRepo;
  jobs: JobRegistry;
  /** The records finder (OCR-tolerant lookup by plate, chassis, engine). */
  find(text: string, fuzzy: boolean): FindCandidate[];
  actor(): Actor | null;
  progress(p: JobProgress): void;
  recordChanged(recordId: string): void;
}

/** What the rest of the engine tells the campaign: records stored, a licence corrected from a scanned card. */
export interface CampaignFeed {
  /** Records just stored: their owners are checked again. */
  recordsStored(seqs: readonly number[]): void;
  /** A licence field corrected by a review decision (history kept, its holder checked again). */
  correctLicence(licenceNo: string, field: CorrectableLicenceField, value: string | null, source: HistorySource): void;
}

/** The campaign API, and what the rest of the engine tells it (CampaignFeed). */
export function createCampaignApi(deps: CampaignDeps): { api: CampaignApi } & CampaignFeed {
  const residents = new ResidentsRepo(deps.db);
  const reconcileRepo = new ReconcileRepo(deps.db);
  const declarationsRepo = new DeclarationsRepo(deps.db);
  const owners = createOwners({ repo: reconcileRepo, residents, records: deps.records, audit: deps.audit, recordChanged: deps.recordChanged });
  const declarations = createDeclarations({
    repo: declarationsRepo,
    records: deps.records,
    audit: deps.audit,
    lookup: { find: deps.find, byPersonalId: (id) => residents.byPersonalId(id), byFormerId: (id) => residents.byFormerId(id) },
    recordChanged: (recordId) => {
      deps.recordChanged(recordId);
      // Declared values taken into a record may name its owner differently: its reconciliation follows.
      const record = deps.records.getById(recordId);
      if (record) owners.recordsChanged([record.seq]);
    },
  });

  const paper = new DeclarationPaperRepo(deps.db);
  const licencesRepo = new LicencesRepo(deps.db);
  const licences = createLicences({ repo: licencesRepo, reconcile: reconcileRepo, residents, audit: deps.audit });

  const asJob = async (source: HistorySource, run: (ctx: KeyedImportContext) => Promise<KeyedImportReport>): Promise<KeyedImportReport> => {
    const job = deps.jobs.start();
    try {
      return await run({ progress: new ProgressMeter(job.jobId, 'records.import', deps.progress), signal: job.signal, source });
    } finally {
      job.finish();
    }
  };
  const named = (files: string[]): string => files.map((f) => f.split(/[\\/]/).pop() ?? f).join(', ');

  const api: CampaignApi = {
    residents: {
      import: ({ files, source }) =>
        asJob(source ?? say('history.import_of', { files: named(files) }), (ctx) =>
          importResidentFiles(files, residents, ctx, (people) => {
            owners.peopleChanged(people);
            licences.reconciler.refreshPeople(people);
          }),
        ),
      count: () => residents.count(),
      find: (query) => findResidents(residents, query),
    },
    owners: {
      reconcile: () => owners.reconcileAll(),
      results: (options = {}) => owners.results(options.all ?? false, options.status),
      counts: () => owners.counts(),
      window: (input) => {
        const { status, offset, limit } = withDefaults(ownersCalls['owners.window'], input);
        return owners.window(status, offset, limit);
      },
      check: ({ record }) => owners.check(record),
      decide: async (request) => owners.decide(deps.actor(), request),
      decideMany: async ({ decisions }) => owners.decideMany(deps.actor(), decisions),
    },
    declarations: {
      import: ({ files, source }) => asJob(source ?? say('history.import_of', { files: named(files) }), (ctx) => declarations.import(files, ctx)),
      list: (filter) => {
        declarations.refresh();
        return declarations.list(filter);
      },
      window: (input) => {
        const { offset, limit, ...filter } = withDefaults(ownersCalls['declarations.window'], input);
        return declarations.window(filter, offset, limit);
      },
      next: ({ after, ...filter }) => declarations.next(filter, after),
      compareAll: () => declarations.compareAll(),
      decide: async (request) => declarations.decide(deps.actor(), request),
      confirmExact: async () => declarations.confirmExact(deps.actor()),
      paper: ({ id }) => {
        const declared = declarationsRepo.byId(id.normalize('NFC').trim());
        if (!declared?.record_id) return [];
        return paper.dossiersOf(declared.record_id).map((dossier) => paperCheck(declared, dossier));
      },
    },
    licences: {
      import: ({ files, source }) => asJob(source ?? say('history.import_of', { files: named(files) }), (ctx) => licences.import(files, ctx)),
      count: () => licencesRepo.count(),
      show: ({ licence_no }) => licences.show(licence_no) ?? null,
      find: ({ text, limit = 10 }) => licences.finder.find(text, limit),
      findHolder: ({ name, birthDate }) => licences.finder.findHolder(name, birthDate),
      reconcile: () => licences.reconciler.reconcileAll(),
      *results(options = {}) {
        for (const r of licences.reconciler.results(options.all ?? false, options.status)) yield asLicence(r);
      },
      counts: () => licences.reconciler.counts(),
      window: (input) => {
        const { status, offset, limit } = withDefaults(licencesCalls['licences.window'], input);
        const { total, rows } = licences.reconciler.window(status, offset, limit);
        return { total, rows: rows.map(asLicence) };
      },
      check: ({ licence_no }) => asLicence(licences.reconciler.check(licence_no)),
      decide: async ({ licence_no, ...request }) => {
        const decided = licences.reconciler.decide(deps.actor(), { key: licence_no, ...request });
        return { ...decided, result: asLicence(decided.result) };
      },
      decideMany: async ({ decisions }) => {
        const { decided, skipped } = licences.reconciler.decideMany(deps.actor(), decisions.map(({ licence_no, ...request }) => ({ key: licence_no, ...request })));
        return { decided, skipped: skipped.map(({ key, ...why }) => ({ licence_no: key, ...why })) };
      },
    },
    campaign: {
      stats: () =>
        campaignStats({
          residents,
          declarations: declarationsRepo,
          owners: owners.counts(),
          records: deps.records.count(),
          licences: { counts: licences.reconciler.counts(), total: licencesRepo.count() },
        }),
    },
  };
  // With no register imported yet there is nothing to check owners against: records stay unchecked, and the
  // register's first import checks every subject never checked (reconcile.repo seqsTouching).
  return {
    api,
    recordsStored: (seqs) => void (residents.hasAny() && owners.recordsChanged(seqs)),
    correctLicence: (licenceNo, field, value, source) => licences.correct(licenceNo, field, value, source),
  };
}
