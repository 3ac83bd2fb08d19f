/**
 * The zod schema of a coded message, for the contract's validation of what crosses it (an error, a report's rows).
 * Apart from message.ts so the screens can bundle the catalogue without zod.
 */
import { z } from 'zod';
import type { EngineMessage } from './message';

export const EngineMessageSchema: z.ZodType<EngineMessage> = z.lazy(() =>
  z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number(), EngineMessageSchema])) }),
);
