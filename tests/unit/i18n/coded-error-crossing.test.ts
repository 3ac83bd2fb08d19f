/**
 * A coded refusal thrown in the engine reaches a Vietnamese screen as a Vietnamese sentence, through every hop of the
 * desktop app's path: the engine host's answer (answerCall), the utilityProcess port and ipcMain.handle (each a
 * structured clone), the preload's API object with its plain-object crossing of the context bridge (another clone),
 * and the renderer's errorMessage and engineText.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCall, type EngineCallName } from '../../../main/app/engine-calls';
import { createEngine } from '../../../main/engine/engine';
import { describeError, reasonOf } from '../../../main/engine/errors';
import type { Engine } from '../../../main/engine/engine.types';
import { ApiError, createApi, plainError, type Transport } from '../../../preload/create-api';
import { ErrorInfo, parseCallInput, type CallResult } from '../../../preload/contract';
import { errorMessage } from '../../../renderer/src/error-message';
import { engineText } from '../../../renderer/src/i18n/engine-text';

let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-crossing-'));
  engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  await engine.users.add({ name: 'minh', role: 'clerk', password: 'mat-khau-dai', asOwner: true });
});
afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the page catches when `call` fails, with `crossing` as the preload's way over the context bridge. */
async function caughtOnPage(name: EngineCallName, input: unknown, crossing: (error: ApiError) => unknown): Promise<unknown> {
  const parsed = parseCallInput(name, input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const answered = await answerCall(engine, name, parsed.value);
  // The utilityProcess port, then ipcMain.handle's answer to ipcRenderer.invoke: each copies by structured clone.
  const overIpc = structuredClone(structuredClone(answered)) as CallResult<unknown>;
  if (!overIpc.ok) expect(ErrorInfo.safeParse(overIpc.error).success).toBe(true);
  const transport: Transport = { invoke: async () => overIpc, subscribe: () => () => undefined };
  const api = createApi(transport, crossing) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [area, method] = name.split('.') as [string, string];
  const caught = await api[area]![method]!(input).then(
    () => null,
    (error: unknown) => error,
  );
  // The context bridge hands the page a structured clone of what the preload threw.
  return structuredClone(caught);
}

describe('a coded engine error on its way to the screen', () => {
  it.each([
    {
      call: 'review.decide' as const,
      input: { dossier: 'DS000001', field: 'chassis', action: 'take-scan' },
      signIn: true,
      vi: 'minh là cán bộ số hóa: chỉ cán bộ đối soát và lãnh đạo đơn vị mới được quyết định các chênh lệch.',
      en: 'minh is a clerk: only officers and leads can decide discrepancies.',
    },
    {
      call: 'export.verify' as const,
      input: { dir: '/khong/co/lo-xuat' },
      signIn: false,
      vi: '/khong/co/lo-xuat không phải thư mục lô xuất (không tồn tại hoặc không phải thư mục).',
      en: '/khong/co/lo-xuat is not a batch folder (it does not exist or is not a folder).',
    },
  ])('$call: the page shows the refusal in Vietnamese, and in English with the switch', async ({ call, input, signIn, vi, en }) => {
    if (signIn) await engine.auth.signIn({ name: 'minh', password: 'mat-khau-dai' });
    const shown = errorMessage(await caughtOnPage(call, input, plainError));
    expect(engineText(shown, 'vi')).toBe(vi);
    expect(engineText(shown, 'en')).toBe(en);
  });

  it('would show English only if the preload threw the Error itself: the bridge keeps just its message', async () => {
    await engine.auth.signIn({ name: 'minh', password: 'mat-khau-dai' });
    const shown = errorMessage(await caughtOnPage('review.decide', { dossier: 'DS000001', field: 'chassis', action: 'take-scan' }, (error) => error));
    expect(shown).toBe('minh is a clerk: only officers and leads can decide discrepancies.');
  });

  it('says a bug is unexpected, in the language of the screen, with its first line and never a stack trace', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'seq')\n    at evaluateDossier (evaluate.ts:31:5)");
    const crossed = structuredClone(describeError(bug));
    expect(crossed.message).toBe("Unexpected error: Cannot read properties of undefined (reading 'seq')");
    expect(engineText(errorMessage(crossed), 'vi')).toBe("Lỗi ngoài dự kiến: Cannot read properties of undefined (reading 'seq')");
    // Inside a sentence of its own, only the bug's words.
    expect(reasonOf(bug)).toBe("Cannot read properties of undefined (reading 'seq')");
  });
});
