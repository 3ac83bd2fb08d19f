import { describe, expect, it } from 'vitest';
import { buildDays, lastDays } from '../../../main/engine/dashboard/dashboard.service';

describe('the dashboard days', () => {
  it('lists the last days oldest first, ending today', () => {
    const days = lastDays(new Date(2026, 2, 2, 10), 3);
    expect(days).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('starts the running totals from the work before the window and counts each day in the window', () => {
    const { days, totals } = buildDays(
      [
        // Before the window (the query's margin): already in the totals, not counted again.
        { day: '2026-02-28', step: 'scanned', n: 3 },
        { day: '2026-03-01', step: 'scanned', n: 7 },
        { day: '2026-03-01', step: 'resolved', n: 2 },
        { day: '2026-03-02', step: 'exported', n: 5 },
      ],
      ['2026-03-01', '2026-03-02'],
      { scanned: 107, ocred: 0, linked: 0, flagged: 0, resolved: 2, exported: 5 },
    );
    expect(totals).toMatchObject({ scanned: 107, resolved: 2, exported: 5 });
    expect(days[0]!.counts).toMatchObject({ scanned: 7, resolved: 2, exported: 0 });
    expect(days[0]!.cumulative).toMatchObject({ scanned: 107, resolved: 2 });
    expect(days[1]!.counts).toMatchObject({ scanned: 0, exported: 5 });
    expect(days[1]!.cumulative).toMatchObject({ scanned: 107, resolved: 2, exported: 5 });
  });
});
