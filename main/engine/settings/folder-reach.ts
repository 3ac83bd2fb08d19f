/**
 * Whether a configured folder can be reached. A folder on a USB disk or a mapped drive that is not connected
 * shows up as a path of which neither the folder nor the folder holding it exists; saying so in one sentence
 * beats the operating system's ENOENT deep inside a scan or a backup.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** null when `path` is a folder, or can be made as a new folder inside an existing one; else one sentence. */
export function folderProblem(label: string, path: string): string | null {
  if (isFolder(path)) return null;
  if (existsSync(path)) return `The ${label} ${path} is a file, not a folder.`;
  if (isFolder(dirname(path))) return null;
  return `The ${label} ${path} cannot be reached: neither it nor the folder that holds it exists. Connect its drive or choose another folder.`;
}

/** The archive folder is fixed at start, so its sentence tells what still works and how to change it. */
export function archiveProblem(archiveDir: string): string | null {
  const problem = folderProblem('archive folder', archiveDir);
  return problem && `${problem.replace(/ or choose another folder\.$/, '')} or start the station with another archive folder. Records, review and export keep working; scanning waits for the folder.`;
}
