import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../../preload/contract';
import { api } from '../api';

/** Subscribes to an engine event for the component's lifetime; the latest handler is always the one called. */
export function useApiEvent<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => api.on(name, (payload) => latest.current(payload)), [name]);
}
