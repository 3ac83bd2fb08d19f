/** Citizens' self-declarations as they cross the contract (the Declarations screen, issue 17). */
import { z } from 'zod';
import { call } from './call';
import { EngineMessageSchema } from './messages/message.schema';
import { KeyedImportReport } from './import-report';
import { LicenceResult, OwnerResult, ReconcileStatus, StatusCounts } from './reconcile';
import {
  DeclarationAction,
  DeclarationDecision,
  DeclarationMatch,
  DeclarationStatus,
  DeclarationView,
  PaperCheck,
} from './declaration';

// A declaration, how it compares with the record and the paper, and a decision's answer are the domain's
// (main/engine/domain/declaration.ts).
export { DeclarationAction, DeclarationDecision, DeclarationMatch, DeclarationStatus, DeclarationView, PaperCheck };

// Owners and licence holders against the population register: statuses, differences and results are the domain's.
export { LicenceResult, OwnerResult, ReconcileStatus };

/** How many owners (or licence holders) have each status (the Owners screen). */
// How many owners or licence holders stand at each status is the domain's (main/engine/domain/reconcile.ts).
export { StatusCounts };

// What an import of the register, of declarations or of licences did is the domain's (domain/import-report.ts).
export { KeyedImportReport };

/** The files of a table import, as `records.import` takes them. */
export const TableFiles = z.object({ files: z.array(z.string().min(1)).min(1).max(1000) });


export const OwnerAction = z.enum(['take-register', 'keep-record']);
export type OwnerAction = z.infer<typeof OwnerAction>;

/** An officer's decision on one owner difference: `owners.decide` takes one, `owners.decideMany` a list. */
export const OwnerDecisionRequest = z.object({ record: z.string().min(1).max(64), field: z.string().min(1).max(40), action: OwnerAction, reason: z.string().max(500).optional() });

/** A ward officer's decision on one self-declaration (`declarations.decide`). */
export const DeclarationDecisionRequest = z.object({ id: z.string().min(1).max(64), action: DeclarationAction, reason: z.string().max(500).optional() });

/** Owners against the register and citizens' declarations: the calls, `area.method` → input and output schemas (see ../contract.ts). */
export const ownersCalls = {
  /**
   * Imports extracts of the population register (CSV, XLSX, JSON) with the records importer's rules, upsert by personal
   * ID, as `sohoa residents import`; progress as `job.progress` (kind records.import); owners are checked again.
   */
  'residents.import': call(TableFiles, KeyedImportReport, 'Import population register files.'),
  /** Checks every record's owner against the population register again; answers the counts per status. */
  'owners.reconcile': call(z.object({}), StatusCounts, 'Reconcile every owner with the register.'),
  /** The stored counts per status, kept current by every import and decision (no pass is run). */
  'owners.counts': call(z.object({}), StatusCounts, 'Owner counts per status.'),
  /** A window of owner results with one status, or every one not matching the register. */
  'owners.window': call(
    z.object({ status: z.union([ReconcileStatus, z.literal('not_match')]).default('not_match'), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(OwnerResult) }),
    'Owner results against the register.',
  ),
  /** An officer's decision on one owner difference (the signed-in officer or lead); a second, different one is refused. */
  'owners.decide': call(
    OwnerDecisionRequest,
    z.object({ outcome: z.enum(['decided', 'unchanged']), message: z.string(), result: OwnerResult }),
    'Take the register value into the record, or keep the record value.',
  ),
  /** The same decision on a reviewed list of owner differences, one by one: each refusal is named, the rest go on. */
  'owners.decideMany': call(
    z.object({
      decisions: z.array(OwnerDecisionRequest).min(1).max(500),
    }),
    z.object({ decided: z.array(z.string()), skipped: z.array(z.object({ record: z.string(), reason: z.string(), text: EngineMessageSchema.optional() })) }),
    'Decide several owner differences at once.',
  ),
  /** Imports citizens' self-declarations, upsert by declaration id, as `sohoa declarations import`; each is compared as stored. */
  'declarations.import': call(TableFiles, KeyedImportReport, 'Import self-declaration files.'),
  /** A window of citizens' self-declarations (the confirmation queue), filtered by status and match. */
  'declarations.window': call(
    z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      status: DeclarationStatus.optional(),
      match: DeclarationMatch.optional(),
    }),
    z.object({ total: z.number().int(), rows: z.array(DeclarationView) }),
    'Self-declarations with their comparison and decision.',
  ),
  /** The third leg: each scanned dossier of the declared vehicle against the declared plate, chassis and engine. */
  'declarations.paper': call(z.object({ id: z.string().min(1).max(64) }), z.array(PaperCheck), 'The declared vehicle against its scanned paper.'),
  /** A ward officer's decision on one declaration (the signed-in officer or lead); a second, different one is refused. */
  'declarations.decide': call(
    DeclarationDecisionRequest,
    DeclarationDecision,
    'Confirm, reject or take a declaration into the record.',
  ),
} as const;

/** The type of `ownersCalls`, for the engine's methods to take their input from (InputOf in ./call.ts). */
export type OwnersCalls = typeof ownersCalls;
