/**
 * The station's Ed25519 signing key. Its private half lives in an owner-only key file beside the station
 * database (`station.db.signing-key.pem`, 0600), never in the database or its backups: whoever can read a
 * backup cannot sign batches as the station. The public half stays in the database, so `batch verify` can check
 * a batch against the station's own key. A database from an older version, which kept the private half inside,
 * has it moved out to the key file when the station is opened.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { ExportRepo } from '../db/export.repo';
import { UserError } from '../errors';
import { say } from '../domain/messages/catalogue';

export interface StationKey {
  privateKey: KeyObject;
  /** The public key as base64 DER (SubjectPublicKeyInfo), as it travels in a manifest. */
  publicKey: string;
  /** A short fingerprint to read over the phone: the first 16 hex digits of the public key's SHA-256. */
  keyId: string;
}

/** Where the station whose database is `dbPath` keeps its private signing key. */
export const keyFileOf = (dbPath: string): string => `${dbPath}.signing-key.pem`;

export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
}

const publicOf = (privateKey: KeyObject): string => createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');

/** Writes the private key owner-only, only if no key file is there (two processes racing keep the first). */
function writeKeyFile(keyFile: string, pem: string): void {
  let fd: number;
  try {
    fd = openSync(keyFile, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw new UserError(say('key.unwritable', { file: keyFile, code: (error as NodeJS.ErrnoException).code ?? 'error' }), 'unavailable');
  }
  try {
    writeSync(fd, pem);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readKeyFile(keyFile: string, expectedPublic: string | null): KeyObject {
  if (!existsSync(keyFile)) {
    throw new UserError(say('key.missing', { file: keyFile }), 'key_missing');
  }
  const privateKey = createPrivateKey(readFileSync(keyFile, 'utf8'));
  if (expectedPublic !== null && publicOf(privateKey) !== expectedPublic) {
    throw new UserError(say('key.not_this_station', { file: keyFile, key: keyIdOf(expectedPublic) }), 'key_mismatch');
  }
  return privateKey;
}

/** Moves a private key an older version kept in the database out to the key file (run when the station opens). */
export function moveKeyOutOfDatabase(repo: ExportRepo, keyFile: string): void {
  const row = repo.stationKey();
  if (!row?.private_key) return;
  if (!existsSync(keyFile)) writeKeyFile(keyFile, row.private_key);
  readKeyFile(keyFile, row.public_key);
  repo.forgetPrivateKey();
}

/**
 * The station's key: made on first use (private half to the key file, public half to the database), then the
 * same from then on. `keyFile` null keeps the private half in memory only (a station in memory, for tests).
 */
export function stationKey(repo: ExportRepo, keyFile: string | null, now = new Date().toISOString()): StationKey {
  let row = repo.stationKey();
  if (keyFile === null) {
    if (!row) {
      const pair = generateKeyPairSync('ed25519');
      memoryKeys.set(repo, pair.privateKey);
      row = repo.saveStationKey({ algorithm: 'Ed25519', public_key: publicOf(pair.privateKey), private_key: '', created_at: now });
    }
    const privateKey = memoryKeys.get(repo);
    if (!privateKey) throw new UserError(say('key.memory_station'), 'key_missing');
    return { privateKey, publicKey: row.public_key, keyId: keyIdOf(row.public_key) };
  }
  if (row?.private_key) moveKeyOutOfDatabase(repo, keyFile);
  if (!row) {
    // A key file without a key in the database (a database restored from before the first export) is reused.
    if (!existsSync(keyFile)) writeKeyFile(keyFile, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    const privateKey = readKeyFile(keyFile, null);
    row = repo.saveStationKey({ algorithm: 'Ed25519', public_key: publicOf(privateKey), private_key: '', created_at: now });
  }
  return { privateKey: readKeyFile(keyFile, row.public_key), publicKey: row.public_key, keyId: keyIdOf(row.public_key) };
}

const memoryKeys = new WeakMap<ExportRepo, KeyObject>();

/** Ed25519 signature (base64) of the exact bytes given. */
export function signBytes(key: StationKey, data: Uint8Array): string {
  return sign(null, data, key.privateKey).toString('base64');
}

/** False for a signature that does not match, and for a key or signature that is not even well-formed. */
export function signatureMatches(publicKey: string, data: Uint8Array, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, data, key, Buffer.from(signature.trim(), 'base64'));
  } catch {
    return false;
  }
}
