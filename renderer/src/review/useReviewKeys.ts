import { useEffect, useRef } from 'react';

export type ReviewCommand =
  | 'next'
  | 'previous'
  | 'nextDossier'
  | 'previousDossier'
  | 'keep-record'
  | 'take-scan'
  | 'edit'
  | 'rescan'
  | 'undo'
  | 'zoomIn'
  | 'zoomOut'
  | 'fit'
  | 'rotate'
  | 'panLeft'
  | 'panRight'
  | 'panUp'
  | 'panDown';

function commandOf(e: KeyboardEvent): ReviewCommand | null {
  if ((e.ctrlKey || e.metaKey) && !e.altKey) return e.key.toLowerCase() === 'z' ? 'undo' : null;
  if (e.altKey || e.metaKey) return null;
  if (e.shiftKey && e.key.startsWith('Arrow')) {
    return ({ ArrowLeft: 'panLeft', ArrowRight: 'panRight', ArrowUp: 'panUp', ArrowDown: 'panDown' } as const)[e.key as 'ArrowLeft'] ?? null;
  }
  const byKey: Record<string, ReviewCommand> = {
    j: 'next',
    ArrowDown: 'next',
    k: 'previous',
    ArrowUp: 'previous',
    n: 'nextDossier',
    ArrowRight: 'nextDossier',
    ArrowLeft: 'previousDossier',
    r: 'keep-record',
    p: 'take-scan',
    e: 'edit',
    s: 'rescan',
    u: 'undo',
    '+': 'zoomIn',
    '=': 'zoomIn',
    '-': 'zoomOut',
    '0': 'fit',
    ']': 'rotate',
  };
  return byKey[e.key.length === 1 ? e.key.toLowerCase() : e.key] ?? null;
}

function typingOrDialog(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The review screen's keys, anywhere on the screen except while typing or in a dialog; the latest handler runs. */
export function useReviewKeys(run: (command: ReviewCommand) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || typingOrDialog(e.target)) return;
      const command = commandOf(e);
      if (!command) return;
      e.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
