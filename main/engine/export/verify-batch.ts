/**
 * Checks a batch folder against its signed manifest. In order, stopping at the first that fails (a forged
 * batch is not worth hashing): the manifest is signed by the key it names; that key is this station's own
 * (or the fingerprint the user gave, for another station's batch); the manifest is the one this station
 * recorded when it wrote a batch of that id; then every listed file's size and SHA-256, and every file that is
 * there but not listed. File problems are all reported, each naming its file. Only plain files inside the batch
 * are read (see batch-files.ts).
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import { UserError } from '../errors';
import { hashPlainFile, listBatch, MAX_BATCH_ENTRIES, MAX_MANIFEST_BYTES, readPlainFile } from './batch-files';
import { MANIFEST_FORMAT, MANIFEST_JSON, MANIFEST_SIG, UNLISTED, type Manifest } from './manifest';
import { keyIdOf, signatureMatches } from './station-key';

export type BatchProblemKind = 'missing' | 'extra' | 'altered' | 'manifest' | 'signature' | 'key' | 'unsafe';

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
  /** Fingerprint of the key the manifest names. */
  key_id: string | null;
  /** Which checks the batch passed (null: not made, or not applicable). */
  checks: {
    signature: boolean;
    /** Whose key signed it: this station's own, or the fingerprint the user gave; null when neither. */
    key: 'station' | 'given' | null;
    /** The manifest is the one this station recorded for that batch id (null: not a batch of this station's). */
    recorded: boolean | null;
    /** Every listed file is there, whole, and nothing else is (null: not checked, an earlier check failed). */
    files: boolean | null;
  };
  problems: BatchProblem[];
}

/** What a batch is checked against, beside itself. */
export interface VerifyTrust {
  /** This station's own public key (base64 SPKI), null when it has never signed anything. */
  stationKey: string | null;
  /** The manifest SHA-256 this station recorded when it wrote the batch of that id; null for another's batch. */
  recordedManifest(batchId: string): string | null;
  /** A key fingerprint the user gave (another station's batch). */
  keyId?: string | null;
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

const HEX64 = /^[0-9a-f]{64}$/;

function listedFileProblem(f: unknown): string | null {
  const file = f as { path?: unknown; bytes?: unknown; sha256?: unknown } | null;
  if (!safePath(file?.path)) return `${MANIFEST_JSON} lists a file outside the batch folder (${String(file?.path)}).`;
  if (!Number.isSafeInteger(file?.bytes) || (file?.bytes as number) < 0 || typeof file?.sha256 !== 'string' || !HEX64.test(file.sha256)) {
    return `${MANIFEST_JSON} lists ${file.path} without a valid size and SHA-256.`;
  }
  return null;
}

/** Whose key signed the manifest, or the problem sentence when it is nobody this station trusts. */
function keyCheck(keyId: string, trust: VerifyTrust): 'station' | 'given' | string {
  const stationId = trust.stationKey ? keyIdOf(trust.stationKey) : null;
  if (stationId === keyId) return 'station';
  const given = trust.keyId?.trim().toLowerCase();
  if (given && given.length >= 16 && (keyId.startsWith(given) || given.startsWith(keyId))) return 'given';
  if (given) return `${MANIFEST_JSON} is signed by key ${keyId}, not by the key you gave (${given}): the batch cannot be proven to come from that station.`;
  if (stationId) {
    return `${MANIFEST_JSON} is signed by key ${keyId}, which is not this station's key (${stationId}): the batch cannot be proven to come from this station (for another station's batch, give that station's key fingerprint).`;
  }
  return `${MANIFEST_JSON} is signed by key ${keyId}, but this station has no signing key to compare it with: give the key fingerprint of the station that wrote the batch.`;
}

export async function verifyBatch(dirArg: string, trust: VerifyTrust): Promise<BatchVerdict> {
  const dir = resolve(dirArg);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UserError(`${dir} is not a batch folder (it does not exist or is not a folder).`, 'not_found');
  const verdict: BatchVerdict = {
    ok: false,
    dir,
    batch: null,
    station: null,
    created_at: null,
    dossiers: 0,
    files: 0,
    key_id: null,
    checks: { signature: false, key: null, recorded: null, files: null },
    problems: [],
  };
  const problem = (kind: BatchProblemKind, path: string, message: string): void => void verdict.problems.push({ kind, path, message });
  const refusedSentence = (path: string, why: string): string =>
    why === 'symlink'
      ? `${path} is a symbolic link, not a file: a batch holds only plain files, so it was not followed.`
      : why === 'special'
        ? `${path} is a device, pipe or socket, not a file: a batch holds only plain files, so it was not read.`
        : why === 'too_big'
          ? `${path} is larger than any batch manifest: it was not read.`
          : `${path} is missing.`;

  const manifestRead = await readPlainFile(join(dir, MANIFEST_JSON), MAX_MANIFEST_BYTES);
  if (!('ok' in manifestRead)) {
    if (manifestRead.refused === 'missing') problem('missing', MANIFEST_JSON, `${MANIFEST_JSON} is missing: nothing in ${dir} can be checked.`);
    else problem('unsafe', MANIFEST_JSON, refusedSentence(MANIFEST_JSON, manifestRead.refused));
    return verdict;
  }
  const manifestBytes = manifestRead.ok;
  const manifest = readManifest(manifestBytes.toString('utf8'));
  if (typeof manifest === 'string') {
    problem('manifest', MANIFEST_JSON, manifest);
    return verdict;
  }
  Object.assign(verdict, { batch: typeof manifest.batch === 'string' ? manifest.batch : null, station: manifest.station ?? null, created_at: manifest.created_at ?? null });
  verdict.dossiers = manifest.dossiers.length;
  verdict.files = manifest.files.length;
  verdict.key_id = keyIdOf(manifest.signature.public_key);

  // 1. The signature, by the key the manifest names.
  const signature = await readPlainFile(join(dir, MANIFEST_SIG), 64 * 1024);
  if (!('ok' in signature)) {
    if (signature.refused === 'missing') problem('missing', MANIFEST_SIG, `${MANIFEST_SIG} is missing: the manifest cannot be proven to come from the station.`);
    else problem('unsafe', MANIFEST_SIG, refusedSentence(MANIFEST_SIG, signature.refused));
    return verdict;
  }
  if (!signatureMatches(manifest.signature.public_key, manifestBytes, signature.ok.toString('utf8'))) {
    problem('signature', MANIFEST_JSON, `${MANIFEST_JSON} does not match its signature in ${MANIFEST_SIG}: the manifest was edited after the station signed it.`);
    return verdict;
  }
  verdict.checks.signature = true;
  // 2. Whose key that is: anyone can make a key and sign with it.
  const key = keyCheck(verdict.key_id, trust);
  if (key !== 'station' && key !== 'given') {
    problem('key', MANIFEST_JSON, key);
    return verdict;
  }
  verdict.checks.key = key;
  // 3. For a batch this station wrote: the very manifest it recorded then.
  const recorded = verdict.batch ? trust.recordedManifest(verdict.batch) : null;
  if (recorded !== null) {
    verdict.checks.recorded = createHash('sha256').update(manifestBytes).digest('hex') === recorded;
    if (!verdict.checks.recorded) {
      problem('manifest', MANIFEST_JSON, `${MANIFEST_JSON} is not the manifest this station recorded when it wrote batch ${verdict.batch}: the batch was replaced after the export.`);
      return verdict;
    }
  }
  // 4. The files.
  if (manifest.files.length > MAX_BATCH_ENTRIES) {
    problem('manifest', MANIFEST_JSON, `${MANIFEST_JSON} lists ${manifest.files.length} files, more than any batch holds (${MAX_BATCH_ENTRIES}): it was not checked further.`);
    return verdict;
  }
  const listing = await listBatch(dir);
  if (listing.truncated) {
    problem('extra', '', `${dir} holds more than ${MAX_BATCH_ENTRIES} files, more than any batch: it was not checked further.`);
    return verdict;
  }
  const present = new Map(listing.entries.map((e) => [e.path, e.type]));
  const listed = new Set<string>();
  for (const f of manifest.files) {
    const bad = listedFileProblem(f);
    if (bad) {
      problem('manifest', MANIFEST_JSON, bad);
      continue;
    }
    listed.add(f.path);
    const type = present.get(f.path);
    if (type === undefined) {
      problem('missing', f.path, `${f.path} is missing.`);
      continue;
    }
    if (type !== 'file') {
      problem('unsafe', f.path, refusedSentence(f.path, type));
      continue;
    }
    const read = await hashPlainFile(join(dir, ...f.path.split('/')), f.bytes);
    if (!('ok' in read)) problem(read.refused === 'missing' ? 'missing' : 'unsafe', f.path, refusedSentence(f.path, read.refused));
    else if (read.ok.sha256 !== f.sha256) {
      const size = read.ok.bytes !== f.bytes ? ` (${read.ok.bytes} bytes instead of ${f.bytes})` : '';
      problem('altered', f.path, `${f.path} was altered: its content no longer matches the SHA-256 in the manifest${size}.`);
    }
  }
  for (const d of manifest.dossiers) {
    if (!listed.has(d?.file)) problem('manifest', MANIFEST_JSON, `${MANIFEST_JSON} names ${String(d?.file)} for dossier ${String(d?.id)} but does not list its hash.`);
  }
  for (const [path, type] of present) {
    if (listed.has(path) || UNLISTED.has(path)) continue;
    if (type !== 'file') problem('unsafe', path, refusedSentence(path, type));
    else problem('extra', path, `${path} is not part of the batch (it was added after the export).`);
  }
  verdict.checks.files = verdict.problems.length === 0;
  verdict.ok = verdict.problems.length === 0;
  return verdict;
}
