import { execFileSync, spawnSync } from 'node:child_process';

/** Whether poppler's pdftotext is installed (tests that need it skip cleanly otherwise). */
export function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** The PDF's text as pdftotext gives it (reading order, UTF-8). */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

/** Share of `words` (NFC) found among the PDF's extracted words, each extracted word counted once. */
export function wordRecovery(words: readonly string[], pdf: string): number {
  const wanted = words.map((w) => w.normalize('NFC').replace(/\s+/g, '')).filter(Boolean);
  if (wanted.length === 0) return 1;
  const found = new Map<string, number>();
  for (const t of pdfText(pdf).normalize('NFC').split(/\s+/).filter(Boolean)) found.set(t, (found.get(t) ?? 0) + 1);
  let hits = 0;
  for (const w of wanted) {
    const n = found.get(w) ?? 0;
    if (n > 0) {
      hits++;
      found.set(w, n - 1);
    }
  }
  return hits / wanted.length;
}
