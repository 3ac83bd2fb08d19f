/**
 * Builds the campaign part of the engine's API (register, owners, declarations) over the station database.
 * engine.ts only hands it the shared pieces; everything about these sources lives under residents/, owners/,
 * declarations/ and reconcile/.
 */
import type { AuditRepo } from './db/audit.repo';
import type { Db } from './db/database';
import { DeclarationPaperRepo } from './db/declaration-paper.repo';
import { DeclarationsRepo } from './db/declarations.repo';
import { paperCheck } from './declarations/paper-check';
import { ReconcileRepo } from './db/reconcile.repo';
import type { RecordsRepo } from './db/records.repo';
import { ResidentsRepo } from './db/residents.repo';
import { createDeclarations } from './declarations/declarations.service';
import type { CampaignApi } from './engine-campaign.types';
import type { JobProgress } from './jobs/job-progress';
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
import type { SubjectResult } from './reconcile/subject-reconciler';
import type { LicenceResult } from './engine-campaign.types';

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

/** The campaign API, and what the rest of the engine tells it: records stored (their owners are checked again). */
export function createCampaignApi(deps: CampaignDeps): { api: CampaignApi; recordsStored(seqs: readonly number[]): void } {
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

  const asJob = async (source: string, run: (ctx: KeyedImportContext) => Promise<KeyedImportReport>): Promise<KeyedImportReport> => {
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
      import: (files, options = {}) =>
        asJob(options.source ?? `import of ${named(files)}`, (ctx) =>
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
      window: ({ status, offset, limit }) => owners.window(status, offset, limit),
      check: (recordId) => owners.check(recordId),
      decide: async (request) => owners.decide(deps.actor(), request),
      decideMany: async (requests) => owners.decideMany(deps.actor(), requests),
    },
    declarations: {
      import: (files, options = {}) => asJob(options.source ?? `import of ${named(files)}`, (ctx) => declarations.import(files, ctx)),
      list: (filter) => {
        declarations.refresh();
        return declarations.list(filter);
      },
      window: (filter, offset, limit) => declarations.window(filter, offset, limit),
      next: (filter = { status: 'pending' }, afterId) => declarations.next(filter, afterId),
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
      import: (files, options = {}) => asJob(options.source ?? `import of ${named(files)}`, (ctx) => licences.import(files, ctx)),
      count: () => licencesRepo.count(),
      show: (licenceNo) => licences.show(licenceNo) ?? null,
      find: (text, limit = 10) => licences.finder.find(text, limit),
      findHolder: (name, birthDate) => licences.finder.findHolder(name, birthDate),
      reconcile: () => licences.reconciler.reconcileAll(),
      *results(options = {}) {
        for (const r of licences.reconciler.results(options.all ?? false, options.status)) yield asLicence(r);
      },
      counts: () => licences.reconciler.counts(),
      window: ({ status, offset, limit }) => {
        const { total, rows } = licences.reconciler.window(status, offset, limit);
        return { total, rows: rows.map(asLicence) };
      },
      check: (licenceNo) => asLicence(licences.reconciler.check(licenceNo)),
      decide: async ({ licence_no, ...request }) => {
        const decided = licences.reconciler.decide(deps.actor(), { key: licence_no, ...request });
        return { ...decided, result: asLicence(decided.result) };
      },
      decideMany: async (requests) => {
        const { decided, skipped } = licences.reconciler.decideMany(deps.actor(), requests.map(({ licence_no, ...request }) => ({ key: licence_no, ...request })));
        return { decided, skipped: skipped.map(({ key, reason }) => ({ licence_no: key, reason })) };
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
  return { api, recordsStored: (seqs) => void (residents.hasAny() && owners.recordsChanged(seqs)) };
}
