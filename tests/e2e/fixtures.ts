import { writeFileSync } from 'node:fs';
import { CSV_HEADERS } from '../../main/engine/demo/records.generator';

/** One CSV row in the order of the station export's headers (Mã hồ sơ, Biển số, Số khung, …). */
export type Row = [
  recordId: string,
  plate: string,
  chassis: string,
  engine: string,
  owner: string,
  citizenId: string,
  address: string,
  brand: string,
  model: string,
  color: string,
  registeredOn: string,
];

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes a UTF-8 CSV with the station export's Vietnamese headers. */
export function writeStationCsv(path: string, rows: readonly Row[]): void {
  const lines = [CSV_HEADERS.map(field).join(','), ...rows.map((r) => r.map(field).join(','))];
  writeFileSync(path, lines.join('\r\n') + '\r\n', 'utf8');
}
