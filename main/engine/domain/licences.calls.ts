/** Driving licences against the population register, as they cross the contract (the Licences screen, issue 18). */
import { z } from 'zod';
import { call } from './call';
import { KeyedImportReport, LicenceResult, OwnerAction, StatusCounts, ReconcileStatus, TableFiles } from './owners.calls';
import { LicenceDetail, LicenceView } from './licence';
import { EngineMessageSchema } from './messages/message.schema';

export { LicenceResult };

// A licence as stored, with its issues, is the domain's (main/engine/domain/licence.ts).
export { LicenceDetail, LicenceView };

/** An officer's decision on one difference of a licence holder: `licences.decide` takes one, `licences.decideMany` a list. */
export const LicenceDecisionRequest = z.object({ licence_no: z.string().min(1).max(64), field: z.string().min(1).max(40), action: OwnerAction, reason: z.string().max(500).optional() });

/** Driving licences against the register: the calls, `area.method` → input and output schemas (see ../contract.ts). */
export const licencesCalls = {
  /** Imports driving-licence records (CSV, XLSX, JSON), upsert by licence number, as `sohoa licences import`; holders are checked again. */
  'licences.import': call(TableFiles, KeyedImportReport, 'Import driving-licence files.'),
  /** Checks every driving-licence holder against the population register again; answers the counts per status. */
  'licences.reconcile': call(z.object({}), StatusCounts, 'Reconcile every licence holder with the register.'),
  /** The stored counts per status, kept current by every import and decision (no pass is run). */
  'licences.counts': call(z.object({}), StatusCounts, 'Licence holder counts per status.'),
  /** A window of licence results with one status, or every one not matching the register. */
  'licences.window': call(
    z.object({ status: z.union([ReconcileStatus, z.literal('not_match')]).default('not_match'), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(LicenceResult) }),
    'Licence results against the register.',
  ),
  /** A licence as stored (class, holder, dates) with its history, newest first, or null when the station has no such number. */
  'licences.show': call(z.object({ licence_no: z.string().min(1).max(64) }), LicenceDetail.nullable(), 'One licence as stored, with its history.'),
  /** An officer's decision on one difference of a licence holder (the signed-in officer or lead); a second, different one is refused. */
  'licences.decide': call(
    LicenceDecisionRequest,
    z.object({ outcome: z.enum(['decided', 'unchanged']), message: z.string(), result: LicenceResult }),
    'Take the register value into the licence, or keep the licence value.',
  ),
  /** The same decision on a reviewed list of licence holder differences, one by one: each refusal is named, the rest go on. */
  'licences.decideMany': call(
    z.object({
      decisions: z.array(LicenceDecisionRequest).min(1).max(500),
    }),
    z.object({ decided: z.array(z.string()), skipped: z.array(z.object({ licence_no: z.string(), reason: z.string(), text: EngineMessageSchema.optional() })) }),
    'Decide several licence holder differences at once.',
  ),
} as const;

/** The type of `licencesCalls`, for the engine's methods to take their input from (InputOf in ./call.ts). */
export type LicencesCalls = typeof licencesCalls;
