/** What the engine tells its listeners (the screens, the command line's progress): each event and its payload. */
import type { JobProgress } from './domain/job-progress';

export interface EngineEvents {
  'job.progress': JobProgress;
  'records.changed': { total: number };
  'dossiers.changed': { total: number };
}
export type EngineEventName = keyof EngineEvents;
export type EngineListener = <E extends EngineEventName>(name: E, payload: EngineEvents[E]) => void;
