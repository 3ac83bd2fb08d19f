import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { ExportRepo } from '../db/export.repo';

export interface StationKey {
  privateKey: KeyObject;
  /** The public key as base64 DER (SubjectPublicKeyInfo), as it travels in a manifest. */
  publicKey: string;
  /** A short fingerprint to read over the phone: the first 16 hex digits of the public key's SHA-256. */
  keyId: string;
}

export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
}

/** The station's Ed25519 key, made on first use and kept in the station database from then on. */
export function stationKey(repo: ExportRepo, now = new Date().toISOString()): StationKey {
  let row = repo.stationKey();
  if (!row) {
    const pair = generateKeyPairSync('ed25519');
    row = repo.saveStationKey({
      algorithm: 'Ed25519',
      public_key: pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
      private_key: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      created_at: now,
    });
  }
  return { privateKey: createPrivateKey(row.private_key), publicKey: row.public_key, keyId: keyIdOf(row.public_key) };
}

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
