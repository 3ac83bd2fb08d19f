/**
 * No name that comes from outside the station becomes a path that leaves the station's folders or the folder
 * the user chose: not a record id from a records file, not a dossier id or archived-file path from a backup,
 * not an export placement from a backup. Where a user's own folder choice is relative (`--out ../exports`),
 * it is the current folder's, and the batch or backup lands exactly there. (Archive paths from scanned file
 * names and batch manifests are covered in paths.test.ts.)
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossier } from '../corpus/dossier';
import { generateCorpusRecord } from '../corpus/records';
import { recordsCsv } from '../corpus/discrepancies';
import { createEngine } from '../../main/engine/engine';
import { inArchiveLayout } from '../../main/engine/backup/restore-check';
import { archivePath } from '../../main/engine/intake/archive';
import { openDatabase } from '../../main/engine/db/database';
import { AuditRepo } from '../../main/engine/db/audit.repo';
import { ExportRepo } from '../../main/engine/db/export.repo';
import { finishInterruptedExports } from '../../main/engine/export/interrupted-exports';
import { runSohoa } from '../fixtures/sohoa-cli';

const LEAD = { name: 'thu', password: 'lead-pass-123' };
const HOSTILE_RECORD = '../../x';
let dir: string;
let station: string;
let db: string;
let work: string;
let backupFile: string;

function sohoa(args: string[], cwd = dir): { status: number | null; stdout: string; stderr: string } {
  const r = runSohoa(args, { db, cwd, password: LEAD.password });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

/** Every file and folder under `root`, as relative paths. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
}

/** What appeared under `root` between two listings, outside the folders allowed to change. */
function appearedOutside(before: string[], after: string[], allowed: string[]): string[] {
  const old = new Set(before);
  return after.filter((p) => !old.has(p) && !allowed.some((a) => p === a || p.startsWith(a + sep)));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-traversal-'));
  station = join(dir, 'station');
  db = join(station, 'station.db');
  work = join(dir, 'work');
  mkdirSync(work);
  // The record the scanned dossier belongs to has a traversal-looking id: the station's own records file says so.
  const truth = generateCorpusRecord(42);
  writeFileSync(join(dir, 'records.csv'), recordsCsv([{ ...truth, record_id: HOSTILE_RECORD }, ...Array.from({ length: 5 }, (_, i) => generateCorpusRecord(700 + i))]));
  const dossier = await generateDossier(42, { record: truth, degrade: false, handwriting: 0, stamp: 0 });
  writeFileSync(join(dir, 'page.jpg'), dossier.pages[0]!);
  const engine = await createEngine({ dbPath: db, ocrWorkers: 1 });
  try {
    await engine.records.import({ files: [join(dir, 'records.csv')] });
    await engine.scan.import({ paths: [join(dir, 'page.jpg')] });
    await engine.users.add({ name: LEAD.name, role: 'lead', password: LEAD.password, asOwner: true });
    await engine.auth.signIn({ name: LEAD.name, password: LEAD.password });
    const [scanned] = engine.dossiers.all();
    if (scanned!.record_id !== HOSTILE_RECORD) {
      await engine.review.decide({ dossier: scanned!.id, field: 'record', action: 'set', value: HOSTILE_RECORD, reason: 'the paper names this record' });
    }
    for (const f of engine.dossiers.all()[0]!.flags) {
      await engine.review.decide({ dossier: scanned!.id, field: f.field, action: 'take-scan', reason: 'checked against the paper' });
    }
    expect(engine.dossiers.all()[0]).toMatchObject({ record_id: HOSTILE_RECORD, status: 'resolved' });
  } finally {
    await engine.close();
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('names from a records file stay data', () => {
  it('record ids like ../../x, /etc/passwd or ..\\..\\z are stored as they are and write nothing anywhere', () => {
    const ids = ['../../y', '/etc/passwd', '..\\..\\z', 'dossiers/../../w'];
    writeFileSync(join(dir, 'hostile.csv'), recordsCsv(ids.map((record_id, i) => ({ ...generateCorpusRecord(800 + i), record_id }))));
    const before = tree(dir);
    const imported = sohoa(['records', 'import', join(dir, 'hostile.csv'), '--json']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: ids.length, rejected: 0 });
    expect(appearedOutside(before, tree(dir), ['station'])).toEqual([]);
    const shown = JSON.parse(sohoa(['records', 'show', ...ids, '--json']).stdout) as { record_id: string }[];
    expect(shown.map((r) => r.record_id)).toEqual(ids);
  });
});

describe('export writes only inside the folder the lead chose', () => {
  it('a dossier linked to record ../../x is exported into a relative --out, resolved against the current folder, and nowhere else', () => {
    const before = tree(dir);
    // `../exports/today` from the work folder is the lead's own choice: it means <dir>/exports/today.
    const made = sohoa(['export', '--out', join('..', 'exports', 'today'), '--user', LEAD.name, '--json'], work);
    expect(made.status, made.stderr).toBe(0);
    const batch = join(dir, 'exports', 'today');
    expect(JSON.parse(made.stdout).dir).toBe(batch);
    expect(appearedOutside(before, tree(dir), ['station', join('exports', 'today')])).toEqual([join('exports')]);
    expect(tree(batch)).toEqual(expect.arrayContaining(['manifest.json', join('dossiers', 'DS000001.pdf')]));
    const manifest = JSON.parse(readFileSync(join(batch, 'manifest.json'), 'utf8'));
    expect(manifest.dossiers).toMatchObject([{ id: 'DS000001', record_id: HOSTILE_RECORD, file: 'dossiers/DS000001.pdf' }]);
    expect(sohoa(['batch', 'verify', batch]).status).toBe(0);
  }, 240_000);
});

describe('backup and restore keep to the archive layout', () => {
  it('a relative backup --out lands exactly in the current folder\'s relative path', () => {
    const made = sohoa(['backup', '--out', join('..', 'backups', 'monday.sohoa-backup'), '--json'], work);
    expect(made.status, made.stderr).toBe(0);
    backupFile = join(dir, 'backups', 'monday.sohoa-backup');
    expect(JSON.parse(made.stdout).file).toBe(backupFile);
    expect(statSync(backupFile).isFile()).toBe(true);
    expect(readdirSync(work)).toEqual([]);
  });

  it('every path the app writes for archived files passes the restore check', () => {
    const sha = 'c0'.repeat(32);
    for (const ext of ['pdf', 'tiff', 'tif', 'jpg', 'png', 'bin']) expect(inArchiveLayout(archivePath(join(station, 'archive'), sha, ext), sha)).toBe(true);
    // Closed at once: a connection left open would (rightly) keep restore from replacing the database.
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare<[], { path: string; sha256: string }>('SELECT image_path AS path, sha256 FROM pages UNION SELECT archive_path, sha256 FROM source_files').all();
    conn.close();
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const row of rows) expect(inArchiveLayout(row.path, row.sha256), row.path).toBe(true);
  });

  /** A copy of the genuine backup with `sql` run on the station's tables (the backup's own index left as it was). */
  function crafted(name: string, sql: (sha: string, image: string) => string): string {
    const file = join(dir, 'backups', `${name}.sohoa-backup`);
    copyFileSync(backupFile, file);
    const backup = new Database(file);
    try {
      const page = backup.prepare<[], { sha256: string; image_path: string }>('SELECT sha256, image_path FROM pages LIMIT 1').get()!;
      backup.exec(sql(page.sha256, page.image_path));
    } finally {
      backup.close();
    }
    return file;
  }

  it('a crafted backup naming /etc/passwd, a ../ path, a relative path or another hash\'s file is refused in one sentence, the station untouched', () => {
    // The station changes after the backup, so a restore that went ahead would be noticed.
    writeFileSync(join(dir, 'later.csv'), recordsCsv([generateCorpusRecord(9999)]));
    expect(sohoa(['records', 'import', join(dir, 'later.csv')]).status).toBe(0);
    const later = generateCorpusRecord(9999).record_id;
    const archive = join(station, 'archive');
    const cases: [string, string, (sha: string, image: string) => string][] = [
      ['etc-passwd', '/etc/passwd', () => "UPDATE pages SET image_path = '/etc/passwd';"],
      ['dot-dot', '', (sha) => `UPDATE pages SET image_path = '${archive}/${sha.slice(0, 2)}/../../../../home/x/${sha}.jpg';`],
      ['history', '/home/x/secret.jpg', (sha, image) =>
        `INSERT INTO page_history (dossier_seq, event, page_id, page_no, sha256, image_path, source_file, index_in_file, width, height, user_rotation, readings, at)
         SELECT dossier_seq, 'removed', id, page_no, '${sha}', '/home/x/secret.jpg', source_file, 0, width, height, 0, '[]', '2024-01-01' FROM pages WHERE image_path = '${image}';`],
      ['relative', '', (sha) => `UPDATE source_files SET archive_path = 'archive/${sha.slice(0, 2)}/${sha}.jpg';`],
      ['other-hash', '', () => `UPDATE pages SET image_path = '${archive}/00/${'0'.repeat(64)}.jpg';`],
    ];
    for (const [name, named, sql] of cases) {
      const file = crafted(name, sql);
      const r = sohoa(['restore', file]);
      expect(r.status, `${name}: ${r.stdout}`).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines, name).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^The backup ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} names an archived file outside the archive layout \\(.+\\): it was not restored\\.$`));
      if (named) expect(lines[0]).toContain(`(${named})`);
    }
    // Nothing was replaced: no database was set aside, none is half restored, and the later record is still there.
    expect(readdirSync(station).filter((f) => f.includes('before-restore') || f.includes('restoring'))).toEqual([]);
    expect(sohoa(['records', 'show', later]).status).toBe(0);
    expect(JSON.parse(sohoa(['dossiers', 'list', '--json']).stdout)).toHaveLength(1);
  }, 240_000);

  it('a crafted backup with a dossier id that would put its PDF outside a batch folder is refused', () => {
    const file = crafted('dossier-id', () => "UPDATE dossiers SET id = '../../../escaped';");
    const r = sohoa(['restore', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`The backup ${file} holds a dossier id this app never gives (../../../escaped): it was not restored.`);
    expect(sohoa(['records', 'show', generateCorpusRecord(9999).record_id]).status).toBe(0);
  });

  it('a crafted backup setting the archive folder to a relative path is refused', () => {
    const file = crafted('archive-folder', () => `INSERT INTO settings (key, value) VALUES ('preferences', '{"locale":"vi","archiveFolder":"../../elsewhere"}')
      ON CONFLICT(key) DO UPDATE SET value = excluded.value;`);
    const r = sohoa(['restore', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`The backup ${file} sets the archive folder to a path that is not a full folder path (../../elsewhere): it was not restored.`);
  });

  it('an export placement carried in a backup is forgotten on restore, so no folder it names is ever removed', () => {
    const victim = join(dir, 'victim');
    mkdirSync(victim);
    writeFileSync(join(victim, 'keep.txt'), 'not the station\'s');
    const file = crafted('placement', () => `INSERT INTO batch_placements (batch_id, pid, temp_dir, target_dir, manifest_sha256, batch, expected)
      VALUES ('b', 2147483000, '${victim}', '${join(dir, 'no-such-batch')}', '${'0'.repeat(64)}', '{}', '[]');`);
    const r = sohoa(['restore', file, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(JSON.parse(r.stdout).previous)).toBe(true);
    // What the next start of the station does with interrupted exports.
    const restored = openDatabase(db);
    try {
      finishInterruptedExports({ repo: new ExportRepo(restored), audit: new AuditRepo(restored) });
    } finally {
      restored.close();
    }
    expect(readFileSync(join(victim, 'keep.txt'), 'utf8')).toBe('not the station\'s');
    // The genuine rest of the backup is back: its dossier, and not the record added after it.
    expect(JSON.parse(sohoa(['dossiers', 'list', '--json']).stdout)).toHaveLength(1);
    expect(sohoa(['records', 'show', generateCorpusRecord(9999).record_id]).status).toBe(1);
  }, 240_000);
});
