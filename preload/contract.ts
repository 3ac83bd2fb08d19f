/**
 * The single contract between the UI and the engine: every call and every event, as zod schemas.
 * Main validates each incoming call against these schemas before it reaches the engine; the renderer's
 * types come from them, so the two sides cannot drift apart.
 */
import { z } from 'zod';
import { EngineMessageSchema } from '../main/engine/domain/messages/message.schema';
import { calls } from '../main/engine/domain/calls';
import { JobProgress } from '../main/engine/domain/records.calls';

export * from '../main/engine/domain/records.calls';
export * from '../main/engine/domain/scan.calls';
export * from '../main/engine/domain/review.calls';
export * from '../main/engine/domain/export.calls';
export * from '../main/engine/domain/dashboard.calls';
export * from '../main/engine/domain/station.calls';
export * from '../main/engine/domain/owners.calls';
export * from '../main/engine/domain/licences.calls';
export * from '../main/engine/domain/retired.calls';

/**
 * Every call the UI can make (main/engine/domain/calls.ts: each area's calls, written beside that area's schemas).
 * Keys are `area.method`; the API object mirrors them as `api.area.method`, and the engine host answers each with
 * `engine.area.method(input)`.
 */
export { calls };

/** Every event the engine pushes to the UI. */
export const events = {
  /** Progress of a long job (import, OCR, export). */
  'job.progress': JobProgress,
  /** The records table changed (import finished a batch); screens refresh their counts. */
  'records.changed': z.object({ total: z.number().int() }),
  /** Dossiers were created or finished processing; the Scan screen refreshes. */
  'dossiers.changed': z.object({ total: z.number().int() }),
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;

/**
 * An error as it crosses the boundary: a category for programs, the English sentence (logs, the command line) and,
 * for the engine's coded refusals, the message the screens render in their own language.
 */
export const ErrorInfo = z.object({ code: z.string(), message: z.string(), text: EngineMessageSchema.optional() });
export type ErrorInfo = z.infer<typeof ErrorInfo>;
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

/** Validates a call's payload; the error message names the call and the first offending field. */
export function parseCallInput<K extends CallName>(name: K, payload: unknown): CallResult<z.output<Calls[K]['input']>> {
  const parsed = calls[name].input.safeParse(payload ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as z.output<Calls[K]['input']> };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length ? ` at "${issue.path.join('.')}"` : '';
  return { ok: false, error: { code: 'invalid_input', message: `The call ${name} was refused: ${issue?.message ?? 'invalid input'}${where}.` } };
}
