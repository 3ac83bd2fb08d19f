/**
 * Whether a configured folder can be reached. A folder on a USB disk or a mapped drive that is not connected
 * shows up as a path of which neither the folder nor the folder holding it exists; saying so in one sentence
 * beats the operating system's ENOENT deep inside a scan or a backup.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** null when `path` is a folder, or can be made as a new folder inside an existing one; else why not. */
export function folderProblem(folder: 'hot' | 'archive' | 'backup', path: string): EngineMessage | null {
  if (isFolder(path)) return null;
  if (existsSync(path)) return say('folder.is_file', { folder: say(`folder.${folder}`), path });
  if (isFolder(dirname(path))) return null;
  return say('folder.unreachable', { folder: say(`folder.${folder}`), path });
}

/** The archive folder is fixed at start, so its sentence tells what still works and how to change it. */
export function archiveProblem(archiveDir: string): EngineMessage | null {
  const problem = folderProblem('archive', archiveDir);
  if (!problem) return null;
  return say(problem.code === 'folder.is_file' ? 'folder.archive_is_file' : 'folder.archive_unreachable', { path: archiveDir });
}
