import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

/** Corners the card may take, in order of preference: out of the way of the work, then away from the target. */
const PLACES: readonly CSSProperties[] = [
  {},
  { right: 'auto', left: 'calc(var(--sidebar-w) + 1.5rem)' },
  { bottom: 'auto', top: 'calc(var(--header-h) + 1rem)' },
  { bottom: 'auto', top: 'calc(var(--header-h) + 1rem)', right: 'auto', left: 'calc(var(--sidebar-w) + 1.5rem)' },
];

type Rect = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where the tour card sits so that it does not cover the control its step points to: the first corner whose
 * card does not overlap the target. The target may appear after the screen has loaded, so it is looked for
 * again for a short while.
 */
export function useCardPlacement(card: RefObject<HTMLElement | null>, target: string | undefined, step: number): CSSProperties {
  const [place, setPlace] = useState(0);
  useLayoutEffect(() => {
    const element = card.current;
    if (!element || !target) {
      setPlace(0);
      return undefined;
    }
    const choose = (): void => {
      const goal = document.querySelector(`[data-testid="${target}"]`)?.getBoundingClientRect();
      if (!goal || goal.width === 0) return;
      for (let i = 0; i < PLACES.length; i++) {
        Object.assign(element.style, { top: '', left: '', right: '', bottom: '' }, PLACES[i]);
        if (!overlaps(element.getBoundingClientRect(), goal)) {
          setPlace(i);
          return;
        }
      }
      setPlace(0);
    };
    choose();
    const timer = window.setInterval(choose, 250);
    const stop = window.setTimeout(() => window.clearInterval(timer), 3000);
    window.addEventListener('resize', choose);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(stop);
      window.removeEventListener('resize', choose);
    };
  }, [card, target, step]);
  return PLACES[place];
}
