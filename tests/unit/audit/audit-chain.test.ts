import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../main/engine/domain/messages/render';
import { entryHash, GENESIS_HASH, verifyChain, type AuditEntry, type AuditFacts } from '../../../main/engine/audit/audit-chain';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const facts: AuditFacts = { at: `2026-11-22T10:0${seq}:00Z`, user: 'lan', action: 'decide.take-scan', dossier: `DS00000${seq}`, field: 'chassis', before: 'A', after: 'B', reason: null };
    const hash = entryHash(seq, facts, prev);
    out.push({ ...facts, seq, prev_hash: prev, hash });
    prev = hash;
  }
  return out;
}
const headOf = (entries: AuditEntry[]): { seq: number; hash: string } => ({ seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });

describe('the audit hash chain', () => {
  it('checks an untouched log', () => {
    const log = chain(5);
    expect(verifyChain(log, headOf(log))).toEqual({ ok: true, entries: 5, broken: null });
    expect(verifyChain([], undefined)).toEqual({ ok: true, entries: 0, broken: null });
  });

  it('names the first edited, removed or reordered entry', () => {
    const log = chain(5);
    const head = headOf(log);
    expect(verifyChain(log.map((e) => (e.seq === 3 ? { ...e, after: 'C' } : e)), head).broken).toMatchObject({ seq: 3, message: expect.stringMatching(/entry 3 was changed/) });
    // A Vietnamese screen names it in Vietnamese.
    const edited = verifyChain(log.map((e) => (e.seq === 3 ? { ...e, after: 'C' } : e)), head).broken!;
    expect(renderMessage(edited.text!, 'vi')).toMatch(/^Mục nhật ký 3 đã bị sửa sau khi ghi \(/);
    expect(verifyChain(log.filter((e) => e.seq !== 2), head).broken).toMatchObject({ seq: 2, message: expect.stringMatching(/entry 2 is missing/) });
    expect(verifyChain(log.slice(0, 3), head).broken).toMatchObject({ seq: 4, message: expect.stringMatching(/4 to 5 were removed/) });
    const swapped = [log[0]!, { ...log[2]!, seq: 2 }, { ...log[1]!, seq: 3 }, log[3]!, log[4]!];
    expect(verifyChain(swapped, head).ok).toBe(false);
  });
});
