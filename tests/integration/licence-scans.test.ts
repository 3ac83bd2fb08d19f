/**
 * Paper driving licences through the engine (scan import with kind licence): generated pages — two holders'
 * cards on one scan, a card's front and back on one scan, a phone photo, a photo with no card — read into
 * licence fields, one dossier per card, linked to the licence records and flagged on every difference.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';
import type { DossierView } from '../../main/engine/scan/dossier-view';
import { writeLicencePages, type LicencePage } from '../corpus/licences/corpus';
import { closeCardRenderer } from '../corpus/licences/render-card';
import { dmy } from '../corpus/licences/truth';

let dir: string;
let created: string[] = [];
let engine: Engine;
let pages: LicencePage[];
let views: DossierView[];

const csvCell = (s: string | null): string => (s === null ? '' : /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-licence-scans-'));
  pages = await writeLicencePages(join(dir, 'paper'), 'dev', 4, 7, ['scan-two', 'scan-front-back', 'photo', 'no-card']);
  await closeCardRenderer();
  const fronts = pages.flatMap((p) => p.cards.filter((c) => c.side === 'front'));
  // The station's records: the first holder's birth date differs from the card (a slip in the record), the
  // last holder has no record at all.
  const rows = fronts.slice(0, -1).map(({ truth: t }, i) => [
    t.licence_no, t.class, t.full_name, dmy(i === 0 ? t.birth_date.replace(/-(\d\d)$/, (_, d: string) => `-${String((Number(d) % 27) + 1).padStart(2, '0')}`) : t.birth_date),
    t.personal_id, dmy(t.issued_on), t.valid_until ? dmy(t.valid_until) : '', t.issued_by,
  ].map(csvCell).join(','));
  writeFileSync(join(dir, 'licences.csv'), ['Số GPLX,Hạng,Họ và tên,Ngày sinh,Số định danh cá nhân,Ngày cấp,Có giá trị đến,Nơi cấp', ...rows].join('\n'));
  engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  expect(await engine.licences.import({ files: [join(dir, 'licences.csv')] })).toMatchObject({ imported: rows.length, rejected: 0 });
  const report = await engine.scan.import({ paths: pages.map((p) => p.file), kind: 'licence' });
  expect(report.errors).toEqual([]);
  views = engine.dossiers.all();
  created = report.created;
}, 600_000);

afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ofFile = (p: LicencePage): DossierView[] => views.filter((v) => v.source[0] === p.file);

describe('licence scans through the engine', () => {
  it('makes one dossier per card: two holders on one page are two dossiers, a front with its back is one', () => {
    expect(ofFile(pages[0]!)).toHaveLength(2);
    const frontBack = ofFile(pages[1]!);
    expect(frontBack).toHaveLength(1);
    expect(frontBack[0]!.pages).toBe(2);
    expect(views.every((v) => v.kind === 'licence')).toBe(true);
    // The import's report names every dossier it made, the ones split off a page of two cards included.
    expect([...created].sort()).toEqual(views.map((v) => v.id).sort());
  });

  it('reads the licence fields of each card and links each to its licence record by number', () => {
    const read = [...ofFile(pages[0]!), ...ofFile(pages[1]!), ...ofFile(pages[2]!)];
    const truths = [...pages[0]!.cards, pages[1]!.cards[0]!, pages[2]!.cards[0]!].map((c) => c.truth);
    expect(read.map((v) => v.fields.licence_no?.value)).toEqual(truths.map((t) => t.licence_no));
    expect(read.map((v) => v.fields.birth_date?.value)).toEqual(truths.map((t) => t.birth_date));
    expect(read.map((v) => v.fields.issued_on?.value)).toEqual(truths.map((t) => t.issued_on));
    expect(Object.keys(read[0]!.fields).sort()).toEqual(['birth_date', 'class', 'full_name', 'issued_on', 'licence_no']);
    // The last card's holder has no licence record.
    expect(read.slice(0, -1).map((v) => v.record_id)).toEqual(truths.slice(0, -1).map((t) => t.licence_no));
    expect(read[read.length - 1]!.record_id).toBeNull();
    // The review screen shows a licence's own fields.
    const review = engine.review.dossier({ id: read[0]!.id });
    expect(review.kind).toBe('licence');
    expect(review.fields.licence_no).toBe(truths[0]!.licence_no);
    expect(Object.keys(review.scan).sort()).toEqual(['birth_date', 'class', 'full_name', 'issued_on', 'licence_no']);
  });

  it('flags the record\'s differing birth date and the card with no record, as vehicle dossiers are flagged', () => {
    const [first] = ofFile(pages[0]!);
    expect(first!.flags).toContainEqual(expect.objectContaining({ field: 'birth_date', kind: 'mismatch', scan_value: pages[0]!.cards[0]!.truth.birth_date }));
    const last = ofFile(pages[2]!)[0]!;
    expect(last.flags).toContainEqual(expect.objectContaining({ field: 'record', kind: 'unmatched' }));
  });

  it('says in one sentence that a photo holds no card, naming file and page, and reads nothing from it', () => {
    const [none] = ofFile(pages[3]!);
    expect(none!.error).toContain(`${basename(pages[3]!.file)} page 1: no driving-licence card was found`);
    expect(Object.values(none!.fields).every((f) => f === null)).toBe(true);
    expect(none!.flags).toContainEqual(expect.objectContaining({ field: 'record', kind: 'unmatched' }));
  });

  it('leaves, once decided, in a signed batch whose manifest says it is a licence and carries its licence fields', async () => {
    const [dossier] = ofFile(pages[1]!);
    await engine.users.add({ name: 'lan', role: 'officer', password: 'officer-pass-1', asOwner: true });
    await engine.users.add({ name: 'minh', role: 'lead', password: 'lead-pass-12345', asOwner: true });
    await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
    for (const f of dossier!.flags) await engine.review.decide({ dossier: dossier!.id, field: f.field, action: 'take-scan', reason: 'checked against the card' });
    await engine.auth.signIn({ name: 'minh', password: 'lead-pass-12345' });
    const batch = await engine.export.run({ out: join(dir, 'out'), ids: [dossier!.id] });
    const manifest = JSON.parse(readFileSync(join(batch.dir, 'manifest.json'), 'utf8')) as { dossiers: { kind: string; record_id: string; values: Record<string, string | null> }[] };
    expect(manifest.dossiers).toEqual([expect.objectContaining({ kind: 'licence', record_id: pages[1]!.cards[0]!.truth.licence_no })]);
    expect(manifest.dossiers[0]!.values.licence_no).toBe(pages[1]!.cards[0]!.truth.licence_no);
    expect(Object.keys(manifest.dossiers[0]!.values).sort()).toEqual(['birth_date', 'class', 'full_name', 'issued_on', 'licence_no']);
    expect((await engine.export.verify({ dir: batch.dir })).ok).toBe(true);
  });
});
