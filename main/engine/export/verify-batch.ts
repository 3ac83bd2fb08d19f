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
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';
import { UserError } from '../errors';
import type { BatchProblemKind, BatchVerdict } from '../domain/batch';
import { hashPlainFile, listBatch, MAX_BATCH_ENTRIES, MAX_MANIFEST_BYTES, readPlainFile } from './batch-files';
import { MANIFEST_FORMAT, MANIFEST_JSON, MANIFEST_SIG, UNLISTED, type Manifest } from './manifest';
import { keyIdOf, signatureMatches } from './station-key';

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

function readManifest(text: string): Manifest | EngineMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return say('batch.not_json', { manifest: MANIFEST_JSON });
  }
  const m = parsed as Partial<Manifest>;
  if (m?.format !== MANIFEST_FORMAT) return say('batch.not_a_manifest', { manifest: MANIFEST_JSON, format: String(m?.format) });
  if (!Array.isArray(m.files) || !Array.isArray(m.dossiers) || typeof m.signature?.public_key !== 'string') return say('batch.manifest_incomplete', { manifest: MANIFEST_JSON });
  return m as Manifest;
}

const HEX64 = /^[0-9a-f]{64}$/;

function listedFileProblem(f: unknown): EngineMessage | null {
  const file = f as { path?: unknown; bytes?: unknown; sha256?: unknown } | null;
  if (!safePath(file?.path)) return say('batch.outside', { manifest: MANIFEST_JSON, path: String(file?.path) });
  if (!Number.isSafeInteger(file?.bytes) || (file?.bytes as number) < 0 || typeof file?.sha256 !== 'string' || !HEX64.test(file.sha256)) {
    return say('batch.no_hash', { manifest: MANIFEST_JSON, path: file.path });
  }
  return null;
}

/** Whose key signed the manifest, or the problem when it is nobody this station trusts. */
function keyCheck(keyId: string, trust: VerifyTrust): 'station' | 'given' | EngineMessage {
  const stationId = trust.stationKey ? keyIdOf(trust.stationKey) : null;
  if (stationId === keyId) return 'station';
  const given = trust.keyId?.trim().toLowerCase();
  if (given && given.length >= 16 && (keyId.startsWith(given) || given.startsWith(keyId))) return 'given';
  if (given) return say('batch.key_not_given', { manifest: MANIFEST_JSON, key: keyId, given });
  if (stationId) {
    return say('batch.key_not_station', { manifest: MANIFEST_JSON, key: keyId, station: stationId });
  }
  return say('batch.no_station_key', { manifest: MANIFEST_JSON, key: keyId });
}

export async function verifyBatch(dirArg: string, trust: VerifyTrust): Promise<BatchVerdict> {
  const dir = resolve(dirArg);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UserError(say('batch.not_a_folder', { dir }), 'not_found');
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
  const problem = (kind: BatchProblemKind, path: string, text: EngineMessage): void => void verdict.problems.push({ kind, path, message: renderMessage(text, 'en'), text });
  const refusedSentence = (path: string, why: string): EngineMessage =>
    say(why === 'symlink' ? 'batch.symlink' : why === 'special' ? 'batch.special' : why === 'too_big' ? 'batch.too_big' : 'batch.file_missing', { path });

  const manifestRead = await readPlainFile(join(dir, MANIFEST_JSON), MAX_MANIFEST_BYTES);
  if (!('ok' in manifestRead)) {
    if (manifestRead.refused === 'missing') problem('missing', MANIFEST_JSON, say('batch.manifest_missing', { manifest: MANIFEST_JSON, dir }));
    else problem('unsafe', MANIFEST_JSON, refusedSentence(MANIFEST_JSON, manifestRead.refused));
    return verdict;
  }
  const manifestBytes = manifestRead.ok;
  const manifest = readManifest(manifestBytes.toString('utf8'));
  if (!('files' in manifest)) {
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
    if (signature.refused === 'missing') problem('missing', MANIFEST_SIG, say('batch.signature_missing', { signature: MANIFEST_SIG }));
    else problem('unsafe', MANIFEST_SIG, refusedSentence(MANIFEST_SIG, signature.refused));
    return verdict;
  }
  if (!signatureMatches(manifest.signature.public_key, manifestBytes, signature.ok.toString('utf8'))) {
    problem('signature', MANIFEST_JSON, say('batch.signature_mismatch', { manifest: MANIFEST_JSON, signature: MANIFEST_SIG }));
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
      problem('manifest', MANIFEST_JSON, say('batch.replaced', { manifest: MANIFEST_JSON, batch: verdict.batch ?? '' }));
      return verdict;
    }
  }
  // 4. The files.
  if (manifest.files.length > MAX_BATCH_ENTRIES) {
    problem('manifest', MANIFEST_JSON, say('batch.too_many_listed', { manifest: MANIFEST_JSON, count: manifest.files.length, limit: MAX_BATCH_ENTRIES }));
    return verdict;
  }
  const listing = await listBatch(dir);
  if (listing.truncated) {
    problem('extra', '', say('batch.too_many_present', { dir, limit: MAX_BATCH_ENTRIES }));
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
      problem('missing', f.path, say('batch.file_missing', { path: f.path }));
      continue;
    }
    if (type !== 'file') {
      problem('unsafe', f.path, refusedSentence(f.path, type));
      continue;
    }
    const read = await hashPlainFile(join(dir, ...f.path.split('/')), f.bytes);
    if (!('ok' in read)) problem(read.refused === 'missing' ? 'missing' : 'unsafe', f.path, refusedSentence(f.path, read.refused));
    else if (read.ok.sha256 !== f.sha256) {
      const size = read.ok.bytes !== f.bytes ? say('batch.size_differs', { actualBytes: read.ok.bytes, expectedBytes: f.bytes }) : '';
      problem('altered', f.path, say('batch.altered', { path: f.path, size }));
    }
  }
  for (const d of manifest.dossiers) {
    if (!listed.has(d?.file)) problem('manifest', MANIFEST_JSON, say('batch.unlisted_dossier_file', { manifest: MANIFEST_JSON, file: String(d?.file), dossier: String(d?.id) }));
  }
  for (const [path, type] of present) {
    if (listed.has(path) || UNLISTED.has(path)) continue;
    if (type !== 'file') problem('unsafe', path, refusedSentence(path, type));
    else problem('extra', path, say('batch.extra', { path }));
  }
  verdict.checks.files = verdict.problems.length === 0;
  verdict.ok = verdict.problems.length === 0;
  return verdict;
}
