import { describe, expect, it } from 'vitest';
import type { AuditRepo } from '../../../main/engine/db/audit.repo';
import { openDatabase, type Db } from '../../../main/engine/db/database';
import { DossiersRepo, type NewDossier } from '../../../main/engine/db/dossiers.repo';
import { MergeRepo } from '../../../main/engine/db/merge.repo';
import type { AuditFacts } from '../../../main/engine/audit/audit-chain';
import { mergeDossiers } from '../../../main/engine/review/merge.service';
import { renderMessage } from '../../../main/engine/domain/messages/render';
import { readMessages, storedSentence } from '../../../main/engine/domain/messages/stored';

const lan = { id: 1, name: 'lan', role: 'officer' as const };

function station(): { db: Db; dossiers: DossiersRepo; audit: AuditFacts[]; fused: number[]; deps: Parameters<typeof mergeDossiers>[0] } {
  const db = openDatabase(':memory:');
  const dossiers = new DossiersRepo(db);
  const audit: AuditFacts[] = [];
  const fused: number[] = [];
  const deps = { repo: new MergeRepo(db), dossiers, audit: { append: (f: AuditFacts) => audit.push(f) } as unknown as AuditRepo, fused: (seq: number) => fused.push(seq) };
  return { db, dossiers, audit, fused, deps };
}

function dossier(name: string, pages: number): NewDossier {
  return {
    source: [`${name}.pdf`],
    status: 'needs_review',
    error: null,
    pages: Array.from({ length: pages }, (_, i) => ({ sha256: `${name}-${i}`, imagePath: `/archive/${name}-${i}.jpg`, sourceFile: `${name}.pdf`, indexInFile: i, width: 100, height: 140 })),
    sourceFiles: [{ sha256: `${name}-file`, path: `${name}.pdf`, archivePath: null }],
  };
}

/** Two dossiers linked to one record, their pages read. */
function twoOfOneRecord(s: ReturnType<typeof station>): [string, string] {
  const a = s.dossiers.create(dossier('a', 2));
  const b = s.dossiers.create(dossier('b', 1));
  s.db.prepare("UPDATE dossiers SET record_id = 'HS1', status = 'needs_review'").run();
  s.db.prepare("UPDATE pages SET state = 'done'").run();
  return [a, b];
}

describe('merging a duplicate dossier', () => {
  it('moves every page after the kept ones, in order, with the file claims, and sets the other aside', () => {
    const s = station();
    const [a, b] = twoOfOneRecord(s);
    const outcome = mergeDossiers(s.deps, lan, { from: a, into: b });
    expect(outcome).toMatchObject({ into: b, merged: a, pages: 2, message: `Dossier ${a} was merged into ${b}; pages moved: 2.` });
    expect(renderMessage(outcome.text, 'vi')).toBe(`Hồ sơ ${a} đã được gộp vào hồ sơ ${b}; số trang đã chuyển: 2.`);
    const pages = s.db.prepare<[string], { sha256: string; page_no: number }>('SELECT p.sha256, p.page_no FROM pages p JOIN dossiers d ON d.seq = p.dossier_seq WHERE d.id = ? ORDER BY p.page_no').all(b);
    expect(pages).toEqual([
      { sha256: 'b-0', page_no: 0 },
      { sha256: 'a-0', page_no: 1 },
      { sha256: 'a-1', page_no: 2 },
    ]);
    expect(s.dossiers.dossierOfFile('a-file')).toBe(b);
    const merged = s.db.prepare<[string], { status: string; error: string }>('SELECT status, error FROM dossiers WHERE id = ?').get(a)!;
    // Kept coded, so the Scan screen says it in the language of the day.
    expect({ status: merged.status, error: storedSentence(merged.error) }).toEqual({ status: 'failed', error: `Merged into ${b} by lan; its pages (2) were moved there.` });
    expect(readMessages(merged.error).map((m) => renderMessage(m, 'vi'))).toEqual([`Đã gộp vào hồ sơ ${b} do lan thực hiện; các trang (2) đã được chuyển sang đó.`]);
    expect(s.audit).toMatchObject([{ user: 'lan', action: 'review.merge', dossier: a, before: a, after: b }]);
    expect(s.fused).toHaveLength(1);
  });

  it('refuses a clerk, an exported dossier and two dossiers of different records, changing nothing', () => {
    const s = station();
    const [a, b] = twoOfOneRecord(s);
    expect(() => mergeDossiers(s.deps, { id: 2, name: 'minh', role: 'clerk' }, { from: a, into: b })).toThrow(/minh is a clerk/);
    s.db.prepare("UPDATE dossiers SET record_id = 'HS2' WHERE id = ?").run(a);
    expect(() => mergeDossiers(s.deps, lan, { from: a, into: b })).toThrow(`Dossier ${a} is not flagged as a duplicate of dossier ${b}, so they are not merged.`);
    s.db.prepare("UPDATE dossiers SET status = 'exported' WHERE id = ?").run(b);
    expect(() => mergeDossiers(s.deps, lan, { from: a, into: b })).toThrow(`Dossier ${b} has already been exported, so it can no longer be merged.`);
    expect(s.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM pages WHERE dossier_seq = 1').get()!.n).toBe(2);
    expect(s.audit).toEqual([]);
  });
});
