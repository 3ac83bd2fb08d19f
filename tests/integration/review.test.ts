import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossier } from '../corpus/dossier';
import { generateCorpusRecord, type CorpusRecord } from '../corpus/records';
import { INJECTIONS, recordsCsv, stationRecordsFor, type InjectedCase } from '../corpus/discrepancies';
import { pagesToPdf } from '../corpus/generate';
import { createEngine } from '../../main/engine/engine';
import type { DossierView, Engine } from '../../main/engine/engine.types';
import { runSohoa } from '../fixtures/sohoa-cli';

let dir: string;
let dbPath: string;
let engine: Engine;
let dossiers: DossierView[];
const cases = new Map<string, InjectedCase & { truth: CorpusRecord }>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-review-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const truths = INJECTIONS.map((_, i) => generateCorpusRecord(700 + i));
  const { records, cases: injected } = stationRecordsFor(truths, 7);
  // Unrelated records of the same station around them.
  const others = Array.from({ length: 200 }, (_, i) => generateCorpusRecord(20_000 + i));
  writeFileSync(join(dir, 'records.csv'), recordsCsv([...records, ...others]));
  for (const [i, truth] of truths.entries()) {
    const d = await generateDossier(700 + i, { record: truth, handwriting: 0, stamp: 0 });
    const file = join(inbox, `dossier-${i}.pdf`);
    writeFileSync(file, await pagesToPdf(d.pages, 'jpeg'));
    cases.set(file, { ...injected[i]!, truth });
  }
  dbPath = join(dir, 'station.db');
  engine = await createEngine({ dbPath, ocrWorkers: 1 });
  await engine.records.import({ files: [join(dir, 'records.csv')] });
  await engine.scan.import({ paths: [inbox] });
  dossiers = engine.dossiers.all();
  await engine.users.add({ name: 'lan', role: 'officer', password: 'officer-pass-1', asOwner: true });
  await engine.users.add({ name: 'minh', role: 'clerk', password: 'clerk-pass-12', asOwner: true });
}, 400_000);

afterAll(async () => {
  await engine?.close();
});

/** Runs `sohoa` on the test station (the engine stays open: WAL lets both work). */
function sohoa(args: string[], options: { input?: string; password?: string } = {}): { status: number | null; stdout: string; stderr: string } {
  const r = runSohoa(args, { db: dbPath, password: options.password, input: options.input ?? '' });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

const caseOf = (d: DossierView): InjectedCase & { truth: CorpusRecord } => cases.get(d.source[0]!)!;
const byInjection = (injection: string): DossierView => dossiers.find((d) => caseOf(d).injection === injection)!;

describe('linking and flags on scanned dossiers with injected record discrepancies', () => {
  it('links every dossier to its own record, never to a near-twin, and none when the station has no record', () => {
    for (const d of dossiers) expect({ injection: caseOf(d).injection, record: d.record_id }).toEqual({ injection: caseOf(d).injection, record: caseOf(d).record_id });
    expect(byInjection('no_record').flags).toContainEqual(expect.objectContaining({ field: 'record', kind: 'unmatched' }));
  });

  it('flags every injected difference, with the kind CLI.md names, and leaves clean dossiers resolved', () => {
    for (const d of dossiers) {
      const flagged = d.flags.map((f) => f.field);
      for (const field of caseOf(d).differs) expect(flagged, `${caseOf(d).injection}: ${field}`).toContain(field);
    }
    const missing = byInjection('missing_engine').flags.find((f) => f.field === 'engine')!;
    expect(missing).toMatchObject({ kind: 'missing_in_record', record_value: null });
    const confusion = byInjection('confusion');
    const field = caseOf(confusion).differs[0]!;
    // A difference that is "only" an OCR confusion is still flagged, with both values shown.
    expect(confusion.flags.find((f) => f.field === field)).toMatchObject({ kind: 'mismatch', scan_value: confusion.fields[field]!.value });
    const clean = byInjection('clean');
    expect(clean.flags).toEqual([]);
    expect(clean.status).toBe('resolved');
  });

  it('keeps every reading of a flagged serial as evidence, with page, box and per-character confidence', () => {
    const slip = byInjection('slip');
    const field = caseOf(slip).differs[0]!;
    const detail = engine.review.dossier({ id: slip.id });
    const flag = detail.flags.find((f) => f.field === field)!;
    expect(flag.readings.length).toBeGreaterThanOrEqual(2);
    for (const r of flag.readings) {
      expect(r.box).not.toBeNull();
      expect(r.chars.length).toBeGreaterThan(0);
    }
    expect(detail.link!.confidence).toBeGreaterThan(0.8);
    expect(detail.link!.reason).toMatch(/Linked to/);
  });
});

describe('decisions, roles and the audit log', () => {
  it('refuses a clerk, a wrong password and an empty value, each with one sentence', async () => {
    const d = byInjection('slip');
    const field = caseOf(d).differs[0]!;
    await engine.auth.signIn({ name: 'minh', password: 'clerk-pass-12' });
    await expect(engine.review.decide({ dossier: d.id, field, action: 'take-scan' })).rejects.toThrow(/minh is a clerk: only officers and leads can decide/);
    await expect(engine.auth.signIn({ name: 'lan', password: 'wrong-password' })).rejects.toThrow(/user name or password for lan is wrong/);
    await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
    await expect(engine.review.decide({ dossier: d.id, field, action: 'set', value: '  ' })).rejects.toThrow(/needs a value/);
  });

  it('"paper is right" resolves the dossier and corrects the record, keeping the old value in its history', async () => {
    const d = byInjection('slip');
    const field = caseOf(d).differs[0]!;
    const before = engine.records.show({ ids: [d.record_id!] })[0]![field as 'chassis'];
    await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
    const result = await engine.review.decide({ dossier: d.id, field, action: 'take-scan', reason: 'rubbing is clear' });
    expect(result.dossier.status).toBe('resolved');
    const record = engine.records.show({ ids: [d.record_id!] })[0]!;
    expect(record[field as 'chassis']).toBe(d.fields[field]!.value);
    expect(record.history[0]!.values[field]).toBe(before);
    const listed = engine.dossiers.all().find((x) => x.id === d.id)!;
    expect(listed.flags.find((f) => f.field === field)!.decision).toMatchObject({ action: 'take-scan', user: 'lan' });
    const audit = engine.audit.list({ offset: 0, limit: 10, dossier: d.id }).rows[0]!;
    expect(audit).toMatchObject({ user: 'lan', action: 'decide.take-scan', field, before, after: d.fields[field]!.value, reason: 'rubbing is clear' });
  });

  it('refuses a second officer deciding the same flag differently, reconciles the same decision, and undo restores the record', async () => {
    const d = byInjection('transposition');
    const field = caseOf(d).differs[0]!;
    const original = engine.records.show({ ids: [d.record_id!] })[0]![field as 'chassis'];
    await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
    await engine.review.decide({ dossier: d.id, field, action: 'take-scan', expected: null });
    const same = await engine.review.decide({ dossier: d.id, field, action: 'take-scan', expected: null });
    expect(same.outcome).toBe('unchanged');
    await expect(engine.review.decide({ dossier: d.id, field, action: 'keep-record', expected: null })).rejects.toThrow(/lan already decided/);
    const undone = await engine.review.undo({ dossier: d.id, field });
    expect(undone.dossier.status).toBe('needs_review');
    expect(engine.records.show({ ids: [d.record_id!] })[0]![field as 'chassis']).toBe(original);
  });

  it('links an unmatched dossier by hand when the officer sets the record id', async () => {
    const d = byInjection('no_record');
    await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
    const result = await engine.review.decide({ dossier: d.id, field: 'record', action: 'set', value: 'HS100000' }).catch((e: Error) => e);
    expect(result).toBeInstanceOf(Error);
    const any = engine.records.list({ offset: 0, limit: 1, filter: 'all' }).rows[0]!;
    const linked = await engine.review.decide({ dossier: d.id, field: 'record', action: 'set', value: any.record_id });
    expect(linked.dossier.record?.record_id).toBe(any.record_id);
    expect(linked.dossier.flags.some((f) => f.kind === 'unmatched')).toBe(false);
  });

  it('works from the command line: users add, review decide (refusals exit 1, bad usage 2), dossiers list shows the decision', () => {
    expect(sohoa(['users', 'add', 'hoa', '--role', 'officer'], { input: 'hoa-password-1\n' }).status).toBe(0);
    expect(sohoa(['users', 'add', 'hoa', '--role', 'officer'], { input: 'another-pass-1\n' }).stderr).toMatch(/A user named hoa already exists/);
    expect(sohoa(['users', 'add', 'tu', '--role', 'boss'], { input: 'tu-password-1\n' }).stderr).toMatch(/The role "boss" does not exist/);
    const d = byInjection('missing_engine');
    const asClerk = sohoa(['review', 'decide', d.id, 'engine', 'take-scan', '--user', 'minh'], { password: 'clerk-pass-12' });
    expect(asClerk.status).toBe(1);
    expect(asClerk.stderr.trim()).toBe('minh is a clerk: only officers and leads can decide discrepancies.');
    expect(sohoa(['review', 'decide', d.id, 'engine', 'take-scan', '--user', 'hoa'], { password: 'wrong-password' }).status).toBe(1);
    expect(sohoa(['review', 'decide', d.id, 'engine', 'set', '--value', '', '--user', 'hoa'], { password: 'hoa-password-1' }).status).toBe(2);
    expect(sohoa(['review', 'decide', d.id, 'engine', 'approve', '--user', 'hoa'], { password: 'hoa-password-1' }).stderr).toMatch(/"approve" is not a decision/);
    expect(sohoa(['review', 'decide', 'DS999999', 'engine', 'take-scan', '--user', 'hoa'], { password: 'hoa-password-1' }).stderr).toMatch(/There is no dossier DS999999/);
    const ok = sohoa(['review', 'decide', d.id, 'engine', 'take-scan', '--user', 'hoa', '--json'], { password: 'hoa-password-1' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ outcome: 'decided', dossier: d.id, field: 'engine', value: d.fields.engine!.value });
    const listed = (JSON.parse(sohoa(['dossiers', 'list', '--json']).stdout) as DossierView[]).find((x) => x.id === d.id)!;
    expect(listed.flags.find((f) => f.field === 'engine')).toMatchObject({ kind: 'missing_in_record', decision: { action: 'take-scan', user: 'hoa' } });
    expect(sohoa(['audit', 'verify']).status).toBe(0);
  }, 300_000);

  it('detects an edited or deleted audit entry', async () => {
    expect(engine.audit.verify()).toMatchObject({ ok: true, broken: null });
    const raw = new Database(dbPath);
    raw.prepare("UPDATE audit_log SET after = 'FORGED' WHERE seq = 3").run();
    expect(engine.audit.verify()).toMatchObject({ ok: false, broken: { seq: 3 } });
    const cli = sohoa(['audit', 'verify']);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(/Audit entry 3 was changed after it was written/);
    raw.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect(engine.audit.verify().broken!.message).toMatch(/entry 3 is missing/);
    raw.close();
  }, 60_000);
});

describe('duplicates', () => {
  it('flags both dossiers when a second scan of the same paper links to the same record', async () => {
    const twin = byInjection('twin');
    const i = INJECTIONS.indexOf('twin');
    const again = await generateDossier(700 + i, { record: caseOf(twin).truth, handwriting: 0, stamp: 0, degrade: { jpegQuality: [60, 60] } });
    const file = join(dir, 'rescan-of-twin.pdf');
    writeFileSync(file, await pagesToPdf(again.pages, 'jpeg'));
    const report = await engine.scan.import({ paths: [file] });
    const second = engine.dossiers.all().find((d) => d.id === report.created[0])!;
    const first = engine.dossiers.all().find((d) => d.id === twin.id)!;
    expect(second.record_id).toBe(twin.record_id);
    expect(second.flags).toContainEqual(expect.objectContaining({ field: 'record', kind: 'duplicate', record_value: twin.id }));
    expect(first.flags).toContainEqual(expect.objectContaining({ field: 'record', kind: 'duplicate', record_value: second.id }));
    expect(first.status).toBe('needs_review');
  }, 300_000);
});
