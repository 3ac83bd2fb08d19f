import { basename } from 'node:path';
import type { DossierKind, DossiersRepo, NewDossier, NewPage } from '../db/dossiers.repo';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';
import { storeMessages } from '../domain/messages/stored';
import { DiskFullError, isDiskFull, reasonOf } from '../errors';
import { archiveOriginal } from '../intake/archive';
import { planDossiers } from '../intake/plan';
import { readPages } from '../intake/pages';
import { licenceCardPages } from '../extraction/licence/card-pages';
import { storePageImage } from './page-store';
import type { DossierPlan } from './scan.types';
import { crashPoint } from '../crash-point';

export interface IntakeReport {
  /** Dossiers created, in order. */
  created: string[];
  /** Sources skipped because the same content was imported before, with the dossier that holds it. */
  duplicates: { source: string; dossier: string }[];
  /** Paths that could not be used at all (e.g. do not exist): in English, and coded for the screens. */
  errors: { path: string; message: string; text?: EngineMessage }[];
}

/** What the clerk says of a whole import: what the paper is and the box or shelf it came from. */
export interface IntakeLabels {
  kind?: DossierKind;
  box?: string | null;
}

/**
 * Turns files and folders into dossiers with queued pages. Originals are archived untouched before the
 * dossier's one transaction, so a crash leaves either nothing or a whole dossier, and re-importing the same
 * content is recognised by its SHA-256 and never makes a second dossier.
 */
export async function intakeScans(
  paths: readonly string[],
  ctx: { repo: DossiersRepo; archiveDir: string; stack?: boolean; onDossier?: (id: string) => void } & IntakeLabels,
): Promise<IntakeReport> {
  const { plans, errors } = await planDossiers([...paths], { stack: ctx.stack });
  const report = await intakePlans(plans, ctx);
  report.errors.unshift(...errors.map((e) => ({ path: e.file, message: e.message, text: e.text })));
  return report;
}

/** Turns dossier plans made elsewhere (a scanner's batch) into dossiers, the same way as `intakeScans`. */
export async function intakePlans(
  plans: readonly DossierPlan[],
  ctx: { repo: DossiersRepo; archiveDir: string; onDossier?: (id: string) => void } & IntakeLabels,
): Promise<IntakeReport> {
  const report: IntakeReport = { created: [], duplicates: [], errors: [] };
  for (const [i, plan] of plans.entries()) {
    let result;
    try {
      result = await intakeOne(plan, ctx.repo, ctx.archiveDir, { kind: ctx.kind, box: ctx.box });
    } catch (error) {
      // A full disk stops the intake: every later dossier would fail the same way, and failed husks are not wanted.
      const full = error instanceof DiskFullError ? error : isDiskFull(error) ? new DiskFullError(say('disk.station_db')) : null;
      if (!full) throw error;
      const names = plan.source.map((s) => basename(s)).join(', ');
      const left = plans.length - i;
      const text = say('intake.disk_full', { where: full.where, left, total: plans.length, from: names });
      report.errors.push({ path: plan.source.join(', '), message: renderMessage(text, 'en'), text });
      break;
    }
    if ('duplicateOf' in result) report.duplicates.push({ source: plan.source.join(', '), dossier: result.duplicateOf });
    else {
      report.created.push(result.id);
      ctx.onDossier?.(result.id);
    }
  }
  return report;
}

async function intakeOne(plan: DossierPlan, repo: DossiersRepo, archiveDir: string, labels: IntakeLabels): Promise<{ id: string } | { duplicateOf: string }> {
  const box = labels.box?.normalize('NFC').trim() || null;
  const dossier: NewDossier = { source: plan.source, status: 'processing', error: null, pages: [], sourceFiles: [], kind: labels.kind ?? 'vehicle', box };
  const problems: EngineMessage[] = [];
  for (const file of plan.files) {
    let original;
    try {
      original = await archiveOriginal(file, archiveDir);
      crashPoint('scan.archived');
    } catch (error) {
      if (error instanceof DiskFullError) throw error;
      problems.push(asMessage(reasonOf(error)));
      continue;
    }
    // Saves reading the pages again; the claim itself is made when the dossier is created.
    const earlier = repo.dossierOfFile(original.sha256);
    if (earlier) return { duplicateOf: earlier };
    dossier.sourceFiles.push({ sha256: original.sha256, path: file, archivePath: original.path });
    try {
      // Licence paper: each card on a page is a page of its own (split into one dossier per card once read).
      for await (const page of labels.kind === 'licence' ? licenceCardPages(readPages(file)) : readPages(file)) {
        if ('message' in page) {
          problems.push(page.text);
          continue;
        }
        const imagePath = await storePageImage(archiveDir, page);
        const stored: NewPage = {
          sha256: page.sha256,
          imagePath,
          sourceFile: file,
          indexInFile: page.indexInFile,
          width: page.width,
          height: page.height,
        };
        dossier.pages.push(stored);
      }
    } catch (error) {
      if (isDiskFull(error)) throw new DiskFullError(say('disk.archive', { dir: archiveDir }));
      problems.push(say('intake.file_unreadable', { file: basename(file), reason: reasonOf(error) }));
    }
  }
  if (dossier.pages.length === 0) {
    dossier.status = 'failed';
    if (problems.length === 0) problems.push(say('pages.no_images', { file: plan.source.map((s) => basename(s)).join(', ') }));
    // Unreadable content is not remembered as imported: two different broken files (say, two empty ones)
    // must not be taken for one another, and a fixed re-scan must not be refused.
    dossier.sourceFiles = [];
  }
  // Kept coded, so the Scan screen says it in the language chosen when it is read.
  dossier.error = storeMessages(problems);
  crashPoint('scan.claiming');
  return repo.createUnlessImported(dossier);
}

/** A caught error's reason as a message of its own (an unexpected one keeps its words). */
function asMessage(reason: MessageParam): EngineMessage {
  return typeof reason !== 'object' ? say('stored.as_written', { text: reason }) : reason;
}
