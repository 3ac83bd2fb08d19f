/** Runs this very command again with MALLOC_ARENA_MAX=2 and resolves with its exit code; null: do the work here (two-malloc-arenas.js). */
export function relaunchWithTwoArenas(): Promise<number> | null;
