/**
 * A dossier's page and a scan import's report as the API shows them (the Scan screen, `sohoa dossiers pages`,
 * `sohoa scan import`): zod schemas, with the engine's and the contract's types inferred from them.
 */
import { z } from 'zod';
import { EngineMessageSchema } from './messages/message.schema';

/** A page as the Scan screen shows it: what is stored, with a thumbnail instead of the archive path. */
export const PageView = z.object({
  pageNo: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  state: z.enum(['queued', 'done', 'failed']),
  error: z.string().nullable(),
  /** The page's problem coded, for the screens. */
  problems: z.array(EngineMessageSchema).optional(),
  blank: z.boolean(),
  kind: z.string().nullable(),
  /** The clockwise turn (degrees) that makes the page as scanned upright, found by the analysis; null until analysed. */
  rotation: z.number().int().nullable(),
  /** The clockwise turn (degrees) the clerk gave the page; the thumbnail and the analysis apply it. */
  userRotation: z.number().int(),
  thumbnail: z.string().nullable(),
});
export type PageView = z.infer<typeof PageView>;

/** What a scan import answers: the dossiers created, the files already imported, the paths that could not be used. */
export const ScanImportReport = z.object({
  created: z.array(z.string()),
  duplicates: z.array(z.object({ source: z.string(), dossier: z.string() })),
  errors: z.array(z.object({ path: z.string(), message: z.string(), text: EngineMessageSchema.optional() })),
  pages: z.number().int(),
  seconds: z.number(),
});
export type ScanImportReport = z.infer<typeof ScanImportReport>;
