import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/engine/db/database';
import { DashboardRepo } from '../../../main/engine/db/dashboard.repo';
import { DossiersRepo } from '../../../main/engine/db/dossiers.repo';
import { UsersRepo } from '../../../main/engine/db/users.repo';
import { createScanAttribution } from '../../../main/engine/dashboard/scan-attribution';

const opened: { dir: string; db: Db }[] = [];
afterEach(() =>
  opened.splice(0).forEach(({ dir, db }) => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }),
);

function station(): { db: Db; dossiers: DossiersRepo; repo: DashboardRepo; users: UsersRepo } {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-attribution-'));
  const db = openDatabase(join(dir, 'station.db'));
  opened.push({ dir, db });
  return { db, dossiers: new DossiersRepo(db), repo: new DashboardRepo(db), users: new UsersRepo(db) };
}

const scan = (dossiers: DossiersRepo, at: Date): string =>
  dossiers.create({ source: [`scan-${at.getTime()}.pdf`], status: 'failed', error: 'no page', pages: [], sourceFiles: [] }, at.toISOString());

describe('per-clerk counts', () => {
  it('credits each dossier to the account signed in when it was scanned, and none to a later sign-in', () => {
    const { dossiers, repo, users } = station();
    const minh = users.insert('minh', 'clerk', 'x');
    const hoa = users.insert('hoa', 'lead', 'x');
    const attribution = createScanAttribution(repo);
    scan(dossiers, new Date(Date.now() - 60_000)); // the hot folder overnight, nobody signed in
    attribution.stamp();

    attribution.signedIn({ id: minh });
    scan(dossiers, new Date(Date.now() + 1000));
    scan(dossiers, new Date(Date.now() + 2000));
    attribution.stamp();
    attribution.signedIn(null);
    attribution.signedIn({ id: hoa });
    scan(dossiers, new Date(Date.now() + 3000));
    attribution.stamp();

    const rows = repo.clerks('+0 minutes', new Date().toISOString().slice(0, 10));
    expect(rows.map(({ name, dossiers: n, pages }) => ({ name, n, pages }))).toEqual([
      { name: 'minh', n: 2, pages: 0 },
      { name: 'hoa', n: 1, pages: 0 },
    ]);
  });
});
