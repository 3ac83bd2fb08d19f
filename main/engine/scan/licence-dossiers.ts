/**
 * One dossier per licence card. A file of licence paper comes in as one dossier whose pages are its cards
 * (card-pages.ts); once they are read, the cards are grouped by holder: each card showing a holder's values
 * (a front) starts a group, and a card showing none (a back: the class table) belongs to the front cut from the
 * same scanned page when there is exactly one (front and back of one licence laid side by side), else to the
 * front before it (duplex scans put a card's back after its front). Every group but the first becomes a
 * dossier of its own.
 */
import type { CardPage } from '../db/dossier-cards.repo';
import type { FieldReading } from '../domain/field-reading';

const HOLDER_FIELDS = new Set(['licence_no', 'full_name', 'birth_date']);

/** The page ids of each card group, in page order; one group when the dossier is one licence. */
export function cardGroups(pages: readonly CardPage[], readings: readonly Pick<FieldReading, 'field' | 'page' | 'method'>[]): number[][] {
  const isFront = (p: CardPage): boolean => readings.some((r) => r.page === p.pageNo && HOLDER_FIELDS.has(r.field) && r.method !== 'invalid');
  const sheet = (p: CardPage): string => `${p.sourceFile}#${p.indexInFile}`;
  const fronts = pages.filter(isFront);
  if (fronts.length <= 1) return [pages.map((p) => p.id)];
  const groups = new Map(fronts.map((f) => [f, [f]]));
  for (const p of pages) {
    if (groups.has(p)) continue;
    const sameSheet = fronts.filter((f) => sheet(f) === sheet(p));
    const before = fronts.filter((f) => f.pageNo < p.pageNo);
    const home = sameSheet.length === 1 ? sameSheet[0]! : before[before.length - 1] ?? fronts[0]!;
    groups.get(home)!.push(p);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a.pageNo - b.pageNo).map((p) => p.id));
}
