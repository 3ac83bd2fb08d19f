import type { JSX } from 'react';
import { charDiff } from './charDiff';

interface Props {
  record: string;
  scan: string;
  /** Per-character confidence of the paper's value (same length as `scan`), when a reading gives it. */
  confidences: readonly number[] | null;
  recordLabel: string;
  scanLabel: string;
}

/**
 * The record's value above the paper's, aligned character by character: differing columns are highlighted,
 * and each paper character is underlined the more strongly the less confidently it was read.
 */
export function CharDiff({ record, scan, confidences, recordLabel, scanLabel }: Props): JSX.Element {
  const cells = charDiff(record, scan);
  const doubt = (i: number | null): number => (i === null || !confidences ? 0 : 1 - (confidences[i] ?? 1));
  return (
    <div className="char-diff" data-testid="char-diff">
      <span className="diff-label muted small">{recordLabel}</span>
      <span className="diff-row mono" aria-label={`${recordLabel}: ${record}`} data-testid="diff-record">
        {cells.map((c, i) => (
          <span key={i} className={c.same ? 'diff-c' : 'diff-c diff-x'} aria-hidden="true">
            {c.record ?? '\u2423'}
          </span>
        ))}
      </span>
      <span className="diff-label muted small">{scanLabel}</span>
      <span className="diff-row mono" aria-label={`${scanLabel}: ${scan}`} data-testid="diff-scan">
        {cells.map((c, i) => (
          <span
            key={i}
            className={c.same ? 'diff-c' : 'diff-c diff-x'}
            aria-hidden="true"
            title={c.scanIndex !== null && confidences ? `${Math.round((1 - doubt(c.scanIndex)) * 100)}%` : undefined}
            style={{ borderBottomColor: `rgba(180, 35, 24, ${Math.min(1, doubt(c.scanIndex) * 1.6).toFixed(2)})` }}
          >
            {c.scan ?? '\u2423'}
          </span>
        ))}
      </span>
    </div>
  );
}
