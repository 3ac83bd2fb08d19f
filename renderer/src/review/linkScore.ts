/**
 * The most points a link candidate can be weighed (main/engine/review/link-dossier.ts: chassis 3, engine 3, plate 1,
 * citizen ID 1, owner name 0.5). A candidate's points are shown as a share of these, so a score never reads as
 * more than 100%; a unit test holds this to the engine's own weighing of a perfect match.
 */
export const LINK_SCORE_MAX = 8.5;

/** A candidate's points as a share 0..1 of the most a candidate can get. */
export function linkScoreShare(points: number): number {
  return Math.max(0, Math.min(1, points / LINK_SCORE_MAX));
}
