/** Scanner kinds and colour modes: shared by the scan schemas and the station settings (kept apart to avoid an import cycle). */
import { z } from 'zod';

export const ScanSourceKind = z.enum(['sane', 'naps2']);
export type ScanSourceKind = z.infer<typeof ScanSourceKind>;
export const ScanMode = z.enum(['color', 'gray', 'lineart']);
export type ScanMode = z.infer<typeof ScanMode>;
