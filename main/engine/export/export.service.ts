/**
 * Exporting resolved dossiers as a signed batch: one searchable PDF per dossier, the audit entries about them,
 * and a manifest (JSON, signed with the station's Ed25519 key, and CSV). Only a signed-in lead may export.
 * The folder is written atomically and the dossiers become `exported` only once it is in place, in one
 * transaction with their audit entries; anything failing before that leaves them exportable.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { AuditRepo } from '../db/audit.repo';
import type { ExportableDossier, ExportRepo, NewBatch } from '../db/export.repo';
import type { z } from 'zod';
import type { RetiredMark } from '../db/retired.repo';
import type { BatchSummary, BatchVerdict, ExportPreviewItem, ExportRequest, ExportResult } from '../domain/batch';
import type { ReviewRepo } from '../db/review.repo';
import type { JobProgress } from '../domain/job-progress';
import { crashPoint } from '../crash-point';
import { UserError } from '../errors';
import type { JobRegistry } from '../jobs/job-registry';
import { ProgressMeter } from '../jobs/progress-meter';
import { finalValues } from '../review/final-values';
import { stagesOf } from '../dossier-kinds/dossier-kinds';
import { requireRole, type Actor } from '../users/accounts.service';
import { recordBatch } from './batch-record';
import { BatchFolder, batchTarget, type BatchIo } from './batch-writer';
import { AUDIT_FILE, MANIFEST_CSV, MANIFEST_FORMAT, MANIFEST_JSON, MANIFEST_SIG, manifestCsv, manifestJson, type Manifest, type ManifestDossier } from './manifest';
import { embeddablePage } from './page-source';
import { buildSearchablePdf } from './searchable-pdf';
import { signBytes, stationKey } from './station-key';
import { verifyBatch } from './verify-batch';
import { say, termOf } from '../domain/messages/catalogue';

export interface ExportDeps {
  repo: ExportRepo;
  review: ReviewRepo;
  audit: AuditRepo;
  jobs: JobRegistry;
  station: () => string;
  emit: (progress: JobProgress) => void;
  /** Dossier statuses changed (screens refresh). */
  changed: () => void;
  io?: BatchIo;
  /** The owner-only file holding the station's private signing key (null: a station in memory). */
  keyFile: string | null;
  /** The records on the department's retired list, by record id, with their current mark: their dossiers leave only in a separate batch. */
  retiredMarks?: () => ReadonlyMap<string, RetiredMark>;
}


/** An export request with the flags its schema defaults (reexport, retired) filled in, as `export.run` passes it. */
type Order = z.output<typeof ExportRequest>;

export interface Exporter {
  preview(reexport: boolean): { dossiers: ExportPreviewItem[]; pages: number };
  run(actor: Actor | null, request: Order): Promise<ExportResult>;
  batches(offset: number, limit: number): { total: number; rows: BatchSummary[] };
  verify(dir: string, options?: { keyId?: string | null }): Promise<BatchVerdict>;
}

const PLATE_ONLY = ['plate'] as const;

const stamp = (at: string): string => at.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export function createExporter(deps: ExportDeps): Exporter {
  // Read once per preview or batch (one statement), not once per dossier.
  const retiredMarks = (): ReadonlyMap<string, RetiredMark> => deps.retiredMarks?.() ?? new Map();
  const markOf = (marks: ReadonlyMap<string, RetiredMark>, d: ExportableDossier): RetiredMark | undefined => (d.record_id ? marks.get(d.record_id) : undefined);
  const inGroupOf = (request: Order, marks: ReadonlyMap<string, RetiredMark>) => (d: ExportableDossier): boolean => (markOf(marks, d) !== undefined) === request.retired;
  /** The dossiers of the batch asked for: normal, or (with `retired`) of vehicles on the retired list. */
  const select = (request: Order, marks: ReadonlyMap<string, RetiredMark>): ExportableDossier[] => {
    const inGroup = inGroupOf(request, marks);
    if (!request.ids || request.ids.length === 0) return deps.repo.exportable(request.reexport).filter(inGroup);
    // Dossiers chosen by id that belong in the other batch are left for it (before their state is checked).
    const found = deps.repo.byIds(request.ids);
    const other = found.filter((d): d is ExportableDossier => d !== undefined && !inGroup(d));
    const wanted = chooseDossiers({ ...request, ids: request.ids.filter((_, i) => !other.includes(found[i]!)) });
    if (wanted.length === 0 && other.length > 0) {
      const ids = other.map((d) => d.id).join(', ');
      throw new UserError(request.retired ? say('export.not_retired', { ids }) : say('export.retired_only', { ids }), 'nothing_to_export');
    }
    return wanted;
  };
  const chooseDossiers = (request: Order & { ids: string[] }): ExportableDossier[] => {
    const { reexport } = request;
    return deps.repo.byIds(request.ids).map((d, i) => {
      const id = request.ids[i]!;
      if (!d) throw new UserError(say('review.no_dossier', { dossier: id }), 'not_found');
      if (d.status === 'exported' && !reexport) throw new UserError(say('export.exported_already', { dossier: d.id }), 'conflict');
      if (d.status !== 'resolved' && d.status !== 'exported') throw new UserError(say('export.not_resolved', { dossier: d.id, status: termOf('status', d.status) }), 'conflict');
      return d;
    });
  };

  return {
    preview(reexport) {
      const marks = retiredMarks();
      const dossiers = deps.repo.exportable(reexport).map((d) => ({
        id: d.id,
        record_id: d.record_id,
        // Only the plate is shown: the other fields' final values are not worked out for 20,000 dossiers.
        plate: finalValues(d.fields, deps.review.liveDecisions(d.seq), PLATE_ONLY).plate ?? null,
        pages: d.pages,
        status: d.status as 'resolved' | 'exported',
        retired: markOf(marks, d) !== undefined,
      }));
      return { dossiers, pages: dossiers.reduce((n, d) => n + d.pages, 0) };
    },

    async run(actor, request) {
      const who = requireRole(actor, ['lead'], say('doing.export_batches'));
      const started = Date.now();
      const marks = retiredMarks();
      const dossiers = select(request, marks);
      if (dossiers.length === 0) {
        throw new UserError(request.retired ? say('export.nothing_retired') : say('export.nothing'), 'nothing_to_export');
      }
      const createdAt = new Date().toISOString();
      const batchId = `${stamp(createdAt)}-${randomBytes(3).toString('hex')}`;
      const target = await batchTarget(request.out, `batch-${batchId}`);
      const key = stationKey(deps.repo, deps.keyFile, createdAt);
      const station = deps.station();
      const job = deps.jobs.start();
      const progress = new ProgressMeter(job.jobId, 'export', deps.emit);
      const totalPages = dossiers.reduce((n, d) => n + d.pages, 0);
      const folder = await BatchFolder.create(target, deps.io);
      let placed = false;
      try {
        const entries: ManifestDossier[] = [];
        let pagesDone = 0;
        let inputBytes = 0;
        for (const d of dossiers) {
          if (job.signal.aborted) throw new UserError(say('export.cancelled'), 'cancelled');
          progress.update(d.id, pagesDone, totalPages, pagesDone);
          const decisions = deps.review.liveDecisions(d.seq);
          const values = finalValues(d.fields, decisions, stagesOf(d.kind).fields);
          const pages = [];
          for (const page of deps.repo.pages(d.seq)) {
            const embeddable = await embeddablePage(d.id, page);
            inputBytes += embeddable.data.byteLength;
            pages.push(embeddable);
          }
          const pdf = await buildSearchablePdf(pages, { dossierId: d.id, recordId: d.record_id, plate: values.plate ?? null, station, exportedAt: new Date(createdAt) });
          const file = `dossiers/${d.id}.pdf`;
          await folder.add(file, pdf);
          entries.push({
            id: d.id,
            kind: d.kind,
            record_id: d.record_id,
            ...(request.retired ? { retired: markOf(marks, d) ?? null } : {}),
            pages: pages.length,
            file,
            values,
            corrections: decisions.map((c) => ({ field: c.field, action: c.action, value: c.value, record_value: c.record_value, scan_value: c.scan_value, user: c.user, at: c.decided_at, reason: c.reason })),
          });
          pagesDone += pages.length;
        }
        const audit = dossiers.flatMap((d) => deps.audit.window(0, 1_000_000, d.id).rows.reverse());
        await folder.add(AUDIT_FILE, Buffer.from(audit.map((e) => JSON.stringify(e)).join('\n') + (audit.length ? '\n' : ''), 'utf8'));
        await folder.add(MANIFEST_CSV, manifestCsv(entries, folder.files));
        const manifest: Manifest = {
          format: MANIFEST_FORMAT,
          batch: batchId,
          station,
          created_at: createdAt,
          created_by: who.name,
          reexport: request.reexport,
          ...(request.retired ? { retired: true } : {}),
          signature: { algorithm: 'Ed25519', public_key: key.publicKey, key_id: key.keyId, file: MANIFEST_SIG },
          dossiers: entries,
          files: [...folder.files],
        };
        const json = manifestJson(manifest);
        const manifestFile = await folder.add(MANIFEST_JSON, json, false);
        await folder.add(MANIFEST_SIG, Buffer.from(`${signBytes(key, json)}\n`, 'utf8'), false);
        const bytes = folder.files.reduce((n, f) => n + f.bytes, 0) + json.byteLength;
        const batch: NewBatch = { id: batchId, created_at: createdAt, user: who.name, dir: target, dossiers: dossiers.length, pages: pagesDone, bytes, manifest_sha256: manifestFile.sha256, reexport: request.reexport, dossierSeqs: dossiers.map((d) => d.seq) };
        const expected = dossiers.map(({ seq, id, updated_at, status }) => ({ seq, id, updated_at, status }));
        deps.repo.notePlacement({ batch_id: batchId, pid: process.pid, temp_dir: folder.temp, target_dir: target, manifest_sha256: manifestFile.sha256, batch, expected });
        crashPoint('export.placing');
        await folder.commit();
        placed = true;
        crashPoint('export.placed');

        const changed = recordBatch(deps, batch, expected, false);
        if (changed.length > 0) {
          throw new UserError(say('export.changed', { dossier: changed[0] ?? '' }), 'conflict');
        }
        progress.update(target, pagesDone, totalPages, pagesDone, true);
        deps.changed();
        return { batch: batchId, dir: target, dossiers: dossiers.map((d) => d.id), pages: pagesDone, bytes, input_bytes: inputBytes, key_id: key.keyId, seconds: (Date.now() - started) / 1000 };
      } catch (error) {
        // Nothing is left that looks like a batch: the temporary folder, or the placed one the database refused.
        if (placed) await rm(target, { recursive: true, force: true }).catch(() => undefined);
        else await folder.abandon();
        deps.repo.dropPlacement(batchId);
        progress.update('failed', 0, totalPages, 0, true);
        throw error;
      } finally {
        job.finish();
      }
    },

    batches: (offset, limit) => deps.repo.batches(offset, limit),

    async verify(dir, options = {}) {
      const verdict = await verifyBatch(dir, {
        stationKey: deps.repo.stationKey()?.public_key ?? null,
        recordedManifest: (id) => deps.repo.recordedManifest(id),
        keyId: options.keyId ?? null,
      });
      // Only a check of the very manifest this station recorded speaks for that batch: a forged folder naming
      // the batch's id does not, and once found altered, the batch stays marked so.
      if (verdict.batch && verdict.checks.recorded === true) deps.repo.setVerified(verdict.batch, verdict.ok, new Date().toISOString());
      return verdict;
    },
  };
}
