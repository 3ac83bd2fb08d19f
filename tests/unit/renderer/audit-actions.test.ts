import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECISION_ACTIONS } from '../../../main/engine/review/decide.service';
import { auditActions } from '../../../renderer/src/i18n/auditActions';

const ENGINE = join(__dirname, '../../../main/engine');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Every audit code the engine writes: literal ones, and the decision codes built from the decision actions. */
function engineCodes(): string[] {
  const codes = new Set<string>(DECISION_ACTIONS.map((a) => `decide.${a}`));
  for (const file of sources(ENGINE)) {
    const text = readFileSync(file, 'utf8');
    // The audit log's append calls (other calls take an `action` too: a decision's, not an audit code).
    for (const call of text.matchAll(/\.append\(\{([\s\S]{0,600}?)\}\)/g)) for (const m of call[1].matchAll(/action: '([a-z.-]+)'/g)) codes.add(m[1]);
    for (const m of text.matchAll(/how: ((?:'[a-z-]+'(?: \| )?)+)/g)) for (const how of m[1].matchAll(/'([a-z-]+)'/g)) codes.add(`decision.${how[1]}`);
  }
  return [...codes].sort();
}

describe('audit actions in the UI', () => {
  it('has Vietnamese and English words for every audit code the engine writes', () => {
    const codes = engineCodes();
    expect(codes).toContain('decide.take-scan');
    expect(codes).toContain('decision.undone');
    expect(codes.filter((c) => !auditActions.vi[c])).toEqual([]);
    expect(codes.filter((c) => !auditActions.en[c])).toEqual([]);
    expect(Object.keys(auditActions.vi).sort()).toEqual(Object.keys(auditActions.en).sort());
  });
});
