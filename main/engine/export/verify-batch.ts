/**
 * Checks a batch folder against its signed manifest: the signature, every listed file's size and SHA-256, and
 * every file that is there but not listed. Every problem is reported, not just the first, each naming its file.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import { UserError } from '../errors';
import { MANIFEST_FORMAT, MANIFEST_JSON, MANIFEST_SIG, UNLISTED, type Manifest } from './manifest';
import { keyIdOf, signatureMatches } from './station-key';

export type BatchProblemKind = 'missing' | 'extra' | 'altered' | 'manifest' | 'signature';

export interface BatchProblem {
  kind: BatchProblemKind;
  /** The file concerned, relative to the batch folder. */
  path: string;
  message: string;
}

export interface BatchVerdict {
  ok: boolean;
  dir: string;
  batch: string | null;
  station: string | null;
  created_at: string | null;
  dossiers: number;
  files: number;
  /** Fingerprint of the key the manifest names (compare it with the station's). */
  key_id: string | null;
  problems: BatchProblem[];
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every file under `dir`, relative, with forward slashes. */
async function listFiles(dir: string, under = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listFiles(dir, rel)));
    else found.push(rel);
  }
  return found;
}

/** A listed path must stay inside the batch folder. */
function safePath(path: unknown): path is string {
  return typeof path === 'string' && path.length > 0 && !path.includes('\\') && !posix.isAbsolute(path) && !posix.normalize(path).startsWith('..');
}

function readManifest(text: string): Manifest | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `${MANIFEST_JSON} is not valid JSON.`;
  }
  const m = parsed as Partial<Manifest>;
  if (m?.format !== MANIFEST_FORMAT) return `${MANIFEST_JSON} is not a Sohoa batch manifest (format ${String(m?.format)}).`;
  if (!Array.isArray(m.files) || !Array.isArray(m.dossiers) || typeof m.signature?.public_key !== 'string') return `${MANIFEST_JSON} lacks its file list, dossier list or public key.`;
  return m as Manifest;
}

export async function verifyBatch(dirArg: string): Promise<BatchVerdict> {
  const dir = resolve(dirArg);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UserError(`${dir} is not a batch folder (it does not exist or is not a folder).`, 'not_found');
  const verdict: BatchVerdict = { ok: false, dir, batch: null, station: null, created_at: null, dossiers: 0, files: 0, key_id: null, problems: [] };
  const problem = (kind: BatchProblemKind, path: string, message: string): void => void verdict.problems.push({ kind, path, message });
  const present = new Set(await listFiles(dir));

  const manifestBytes = await readFile(join(dir, MANIFEST_JSON)).catch(() => null);
  if (!manifestBytes) {
    problem('missing', MANIFEST_JSON, `${MANIFEST_JSON} is missing: nothing in ${dir} can be checked.`);
    return verdict;
  }
  const manifest = readManifest(manifestBytes.toString('utf8'));
  if (typeof manifest === 'string') {
    problem('manifest', MANIFEST_JSON, manifest);
    return verdict;
  }
  Object.assign(verdict, { batch: manifest.batch ?? null, station: manifest.station ?? null, created_at: manifest.created_at ?? null });
  verdict.dossiers = manifest.dossiers.length;
  verdict.files = manifest.files.length;
  verdict.key_id = keyIdOf(manifest.signature.public_key);

  const signature = await readFile(join(dir, MANIFEST_SIG), 'utf8').catch(() => null);
  if (signature === null) problem('missing', MANIFEST_SIG, `${MANIFEST_SIG} is missing: the manifest cannot be proven to come from the station.`);
  else if (!signatureMatches(manifest.signature.public_key, manifestBytes, signature)) {
    problem('signature', MANIFEST_JSON, `${MANIFEST_JSON} does not match its signature in ${MANIFEST_SIG}: the manifest was edited after the station signed it.`);
  }

  const listed = new Set<string>();
  for (const f of manifest.files) {
    if (!safePath(f?.path)) {
      problem('manifest', MANIFEST_JSON, `${MANIFEST_JSON} lists a file outside the batch folder (${String(f?.path)}).`);
      continue;
    }
    listed.add(f.path);
    if (!present.has(f.path)) {
      problem('missing', f.path, `${f.path} is missing.`);
      continue;
    }
    const full = join(dir, ...f.path.split('/'));
    const size = (await stat(full)).size;
    if (size !== f.bytes || (await sha256File(full)) !== f.sha256) {
      problem('altered', f.path, `${f.path} was altered: its content no longer matches the SHA-256 in the manifest${size !== f.bytes ? ` (${size} bytes instead of ${f.bytes})` : ''}.`);
    }
  }
  for (const d of manifest.dossiers) {
    if (!listed.has(d.file)) problem('manifest', MANIFEST_JSON, `${MANIFEST_JSON} names ${d.file} for dossier ${d.id} but does not list its hash.`);
  }
  for (const path of [...present].sort()) {
    if (!listed.has(path) && !UNLISTED.has(path)) problem('extra', path, `${path} is not part of the batch (it was added after the export).`);
  }
  verdict.ok = verdict.problems.length === 0;
  return verdict;
}
