import { useEffect, useState } from 'react';
import { SCREEN_IDS, type ScreenId } from '../components/Sidebar';

const PREFIX = '#/';

function fromAddress(): ScreenId {
  const id = window.location.hash.startsWith(PREFIX) ? window.location.hash.slice(PREFIX.length) : '';
  return SCREEN_IDS.find((s) => s === id) ?? 'records';
}

/**
 * The open screen, kept in the address (#/review): a reload comes back to it, and the Electron shell saves the
 * address with the window's bounds to reopen it after a restart. Not in the station database: that would make
 * every new window start wherever another window last was.
 */
export function useLastScreen(): [ScreenId, (screen: ScreenId) => void] {
  const [screen, setScreen] = useState<ScreenId>(fromAddress);
  useEffect(() => {
    // replaceState, not location.hash: switching screens should not pile up history entries or scroll.
    window.history.replaceState(null, '', PREFIX + screen);
  }, [screen]);
  return [screen, setScreen];
}
