/**
 * Which files make which dossier (CLI.md, "What `scan import` treats as a dossier"): each file argument is one
 * dossier; in a folder argument every PDF or TIFF is one dossier, every subfolder holding only page images is
 * one dossier, and each loose image is one — or, with `stack`, a folder's loose images are one stack split
 * into dossiers at separator sheets.
 */
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DossierPlan, PageError } from '../scan/scan.types';
import { say } from '../domain/messages/catalogue';
import { pageError, reason } from './limits';
import { isSeparatorSheet } from './separator';
import { hasDocumentExtension, hasImageExtension, sniffFile } from './scan-file-kind';

/** Files a scanner folder collects that are not scans (system leftovers), whatever their content. */
const IGNORED_NAMES = new Set(['thumbs.db', 'ehthumbs.db', 'desktop.ini', '$recycle.bin', 'system volume information', '__macosx']);

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Natural order ("page2" before "page10"), ties broken by code point so the order is always the same. */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

type Role = 'image' | 'document' | null;

/** A file's role in a folder, by content first; junk named like a scan still counts (its import will fail). */
async function roleOf(file: string): Promise<Role> {
  const kind = await sniffFile(file).catch(() => 'unknown' as const);
  if (kind === 'jpeg' || kind === 'png') return 'image';
  if (kind === 'pdf' || kind === 'tiff') return 'document';
  if (hasImageExtension(file)) return 'image';
  if (hasDocumentExtension(file)) return 'document';
  return null;
}

interface Walk {
  stack: boolean;
  errors: PageError[];
  visited: Set<string>;
}

type Entry = { kind: 'file'; file: string; role: 'image' | 'document' } | { kind: 'dir'; plans: DossierPlan[] };

async function listEntries(dir: string, walk: Walk): Promise<Entry[] | null> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    walk.errors.push(pageError(dir, null, say('intake.folder_unreadable', { folder: path.basename(dir), reason: reason(error) })));
    return null;
  }
  names = names.filter((n) => !n.startsWith('.') && !n.startsWith('~$') && !IGNORED_NAMES.has(n.toLowerCase())).sort(naturalCompare);
  const entries: Entry[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    const info = await stat(full).catch(() => null);
    if (!info) continue; // a broken link or a file removed meanwhile: nothing there to import
    if (info.isDirectory()) entries.push({ kind: 'dir', plans: await walkFolder(full, false, walk) });
    else if (info.isFile()) {
      const role = await roleOf(full);
      if (role) entries.push({ kind: 'file', file: full, role });
    }
  }
  return entries;
}

/** Splits a stack of page images (in page order) at separator sheets; the sheets themselves belong to no dossier. */
export async function splitStack(images: string[]): Promise<DossierPlan[]> {
  const groups: string[][] = [[]];
  for (const file of images) {
    let separator = false;
    try {
      separator = await isSeparatorSheet(await readFile(file));
    } catch {
      separator = false; // unreadable: stays a page of its dossier, whose import reports it
    }
    if (separator) groups.push([]);
    else groups[groups.length - 1].push(file);
  }
  return groups.filter((g) => g.length > 0).map((files) => ({ source: [...files], files }));
}

async function walkFolder(dir: string, isArgument: boolean, walk: Walk): Promise<DossierPlan[]> {
  const real = await realpath(dir).catch(() => dir);
  if (walk.visited.has(real)) return []; // a link back up the tree
  walk.visited.add(real);
  const entries = await listEntries(dir, walk);
  if (!entries) return [];
  const files = entries.filter((e): e is Extract<Entry, { kind: 'file' }> => e.kind === 'file');
  const images = files.filter((e) => e.role === 'image').map((e) => e.file);
  const nested = entries.some((e) => e.kind === 'dir' && e.plans.length > 0);
  if (!isArgument && images.length > 0 && images.length === files.length && !nested) {
    return [{ source: [dir], files: images }];
  }
  const plans: DossierPlan[] = [];
  for (const entry of entries) {
    if (entry.kind === 'dir') plans.push(...entry.plans);
    else if (entry.role === 'document' || !walk.stack) plans.push({ source: [entry.file], files: [entry.file] });
  }
  if (walk.stack && images.length > 0) plans.push(...(await splitStack(images)));
  return plans;
}

/**
 * The dossiers to create from the user's paths. A file that cannot be used still becomes a dossier (its
 * import fails with a sentence naming it); only paths that do not exist, or folders that cannot be listed,
 * are returned as errors.
 */
export async function planDossiers(
  paths: string[],
  options: { stack?: boolean } = {},
): Promise<{ plans: DossierPlan[]; errors: PageError[] }> {
  const walk: Walk = { stack: options.stack === true, errors: [], visited: new Set() };
  const plans: DossierPlan[] = [];
  for (const given of paths) {
    const abs = path.resolve(given);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        walk.errors.push(pageError(abs, null, say('intake.not_found', { path: given })));
      } else {
        plans.push({ source: [abs], files: [abs] }); // exists but cannot be looked at: its import says why
      }
      continue;
    }
    if (info.isDirectory()) plans.push(...(await walkFolder(abs, true, walk)));
    else plans.push({ source: [abs], files: [abs] });
  }
  return { plans, errors: walk.errors };
}
