/**
 * What a backup may name before it is restored. A restored station shows, re-reads and exports the files its
 * database names, and writes its dossier ids into batch file names, so a crafted backup must not be able to
 * point the station at /etc/passwd or make an export write outside its batch folder. Every name the app itself
 * writes passes: archived originals and page images are content-addressed (`<archive>/<sha[0..2]>/<sha>.<ext>`,
 * see intake/archive.ts and scan/page-store.ts) and dossier ids are `DS` and a number (see dossiers.repo.ts).
 * The archive folder itself is not checked: it may rightly differ from this machine's (another disk, an
 * archive folder chosen in the settings), and a content-addressed name is all a crafted path could reach.
 */
import path from 'node:path';
import type { StationNames } from '../db/backup.repo';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';

const SHA256 = /^[0-9a-f]{64}$/;
const EXTENSION = /^[a-z0-9]+$/;
const DOSSIER_ID = /^DS[0-9]{6,}$/;

/** True when `file` is where the archive keeps content with this SHA-256: absolute, plain, content-addressed. */
export function inArchiveLayout(file: string, sha256: string): boolean {
  if (!SHA256.test(sha256) || file.includes('\0')) return false;
  if (!path.isAbsolute(file) || path.normalize(file) !== file || file.split(/[\\/]/).includes('..')) return false;
  const name = path.basename(file);
  const dot = name.indexOf('.');
  return dot === 64 && name.slice(0, dot) === sha256 && EXTENSION.test(name.slice(dot + 1)) && path.basename(path.dirname(file)) === sha256.slice(0, 2);
}

/** The first name in a station database the app would never have written, as the end of a refusal sentence. */
export function foreignName(names: StationNames): EngineMessage | null {
  const file = names.archived.find((f) => !inArchiveLayout(f.path, f.sha256));
  if (file) return say('backup.outside_archive', { path: file.path });
  const id = names.dossierIds.find((d) => !DOSSIER_ID.test(d));
  if (id !== undefined) return say('backup.foreign_dossier_id', { id });
  // The settings screen only takes full paths; a relative one would be read against whatever folder the app
  // happens to start in.
  const folder = names.folders.find((f) => !path.isAbsolute(f.path) || f.path.includes('\0'));
  if (folder) return say('backup.relative_folder', { folder: say(`folder.${folder.setting}`), path: folder.path });
  return null;
}
