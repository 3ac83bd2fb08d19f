/** Scanner kinds and colour modes: shared by the scan schemas and the station settings (kept apart to avoid an import cycle). */
import { z } from 'zod';

export const ScanSourceKind = z.enum(['sane', 'naps2']);
export type ScanSourceKind = z.infer<typeof ScanSourceKind>;
// A scanner's colour mode is the domain's (main/engine/domain/settings.ts): the station's settings name it too.
export { ScanMode } from '../../main/engine/domain/settings';
