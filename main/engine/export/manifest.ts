/**
 * A batch's manifest: what is in the batch (dossiers with their final values and who corrected what, when) and
 * the SHA-256 of every file, so that anyone holding the station's public key can prove nothing was added,
 * removed or changed. `manifest.json` is what is signed; `manifest.csv` is the same list for a spreadsheet.
 */
import { SCAN_FIELDS } from '../domain/field-reading';
import { LICENCE_CARD_FIELDS } from '../extraction/licence/licence-grammar';
import type { DossierKind } from '../domain/dossier';

export const MANIFEST_FORMAT = 'sohoa-batch/1';
export const MANIFEST_JSON = 'manifest.json';
export const MANIFEST_CSV = 'manifest.csv';
export const MANIFEST_SIG = 'manifest.sig';
export const AUDIT_FILE = 'audit.jsonl';
/** The files that are not listed in the manifest: the manifest itself and its signature. */
export const UNLISTED = new Set([MANIFEST_JSON, MANIFEST_SIG]);

export interface ManifestCorrection {
  field: string;
  action: string;
  value: string | null;
  record_value: string | null;
  scan_value: string | null;
  user: string;
  at: string;
  reason: string | null;
}

export interface ManifestDossier {
  id: string;
  /**
   * A vehicle's registration dossier or a paper driving licence (whose record_id is the licence number);
   * always written, absent only in batches written before licences were scanned (vehicle dossiers).
   */
  kind?: DossierKind;
  record_id: string | null;
  /** In a retired batch: the vehicle's mark on the department's list. */
  retired?: { reason: string; listed_on: string | null } | null;
  pages: number;
  /** The dossier's PDF, relative to the batch folder. */
  file: string;
  /** The final value of each of its kind's fields. */
  values: Record<string, string | null>;
  corrections: ManifestCorrection[];
}

export interface ManifestFile {
  /** Relative to the batch folder, with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  batch: string;
  station: string;
  created_at: string;
  created_by: string;
  reexport: boolean;
  /** A batch of dossiers of vehicles past service life or out of circulation, kept apart from normal batches. */
  retired?: boolean;
  signature: { algorithm: 'Ed25519'; public_key: string; key_id: string; file: typeof MANIFEST_SIG };
  dossiers: ManifestDossier[];
  files: ManifestFile[];
}

/** The manifest's bytes as written and signed (stable key order, UTF-8, final newline). */
export function manifestJson(manifest: Manifest): Uint8Array {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one, or their
 * full-width forms) as a formula: `=HYPERLINK(…)` or `-1+cmd|…` in a record value would act when a lead opens
 * the CSV in Excel. Such a text cell is written with a leading apostrophe, which spreadsheets show as text and
 * do not display. Every text cell goes through here, whatever path its value took (record, scan, decision).
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export const csvCell = (value: string | number | null): string => {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * One row per dossier. Starts with a UTF-8 BOM so Excel shows the Vietnamese correctly; corrections are one cell,
 * "field: action value (user, time)" joined by " | ".
 */
export function manifestCsv(dossiers: readonly ManifestDossier[], files: readonly ManifestFile[]): Uint8Array {
  const hashOf = new Map(files.map((f) => [f.path, f.sha256]));
  const header = ['dossier', 'record_id', 'pages', 'file', 'sha256', 'kind', ...SCAN_FIELDS, ...LICENCE_CARD_FIELDS, 'corrections'];
  const rows = dossiers.map((d) => [
    d.id,
    d.record_id,
    d.pages,
    d.file,
    hashOf.get(d.file) ?? null,
    d.kind ?? 'vehicle',
    ...[...SCAN_FIELDS, ...LICENCE_CARD_FIELDS].map((f) => d.values[f] ?? null),
    d.corrections.map((c) => `${c.field}: ${c.action}${c.value ? ` ${c.value}` : ''} (${c.user}, ${c.at})`).join(' | '),
  ]);
  const text = [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8');
}
