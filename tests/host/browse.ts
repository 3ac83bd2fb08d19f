/**
 * What the preview's file dialog lists (GET /__host/browse?dir=&purpose=): the folders and files of one folder
 * on this machine, folders first, hidden ones left out. Only the preview turns it on; it serves loopback only.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Listing {
  dir: string;
  parent: string | null;
  entries: { name: string; path: string; folder: boolean }[];
}

const MAX_ENTRIES = 500;

export function browse(dir: string): Listing {
  const at = resolve(dir);
  const entries = readdirSync(at, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .map((e) => {
      const path = join(at, e.name);
      let folder = e.isDirectory();
      if (e.isSymbolicLink()) folder = (() => { try { return statSync(path).isDirectory(); } catch { return false; } })();
      return { name: e.name, path, folder };
    })
    .sort((a, b) => Number(b.folder) - Number(a.folder) || a.name.localeCompare(b.name, 'vi', { numeric: true }))
    .slice(0, MAX_ENTRIES);
  const parent = dirname(at);
  return { dir: at, parent: parent === at ? null : parent, entries };
}
