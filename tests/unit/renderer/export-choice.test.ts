import { describe, expect, it } from 'vitest';
import { choiceAfter } from '../../../renderer/src/export/export-choice';

const ids = (...xs: string[]) => new Set(xs);

describe('the lead\'s choice of dossiers to export', () => {
  it('chooses everything at first, then keeps a trimmed choice and never widens it', () => {
    const first = choiceAfter(ids(), ids('a', 'b', 'c'), true);
    expect([...first.chosen]).toEqual(['a', 'b', 'c']);
    expect(first.chooseAllNext).toBe(false);
    const later = choiceAfter(ids('a'), ids('a', 'b', 'c', 'd'), first.chooseAllNext);
    expect([...later.chosen]).toEqual(['a']);
  });

  it('chooses the dossiers that become ready after a first answer with none, instead of leaving an export of 0', () => {
    const empty = choiceAfter(ids(), ids(), true);
    expect(empty.chosen.size).toBe(0);
    const ready = choiceAfter(empty.chosen, ids('a', 'b'), empty.chooseAllNext);
    expect([...ready.chosen]).toEqual(['a', 'b']);
  });
});
