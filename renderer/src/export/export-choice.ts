/**
 * The lead's choice among the dossiers ready for export when the list is answered again. Everything is chosen at
 * first; later answers keep the choice for the dossiers still listed and add none of the new ones, so a list the
 * lead trimmed is never silently widened. A list that was empty has no choice to keep: the dossiers that become
 * ready while the screen is open are chosen, not left unticked behind an export button for 0.
 */
export interface ExportChoice { chosen: ReadonlySet<string>; chooseAllNext: boolean }

export function choiceAfter(previous: ReadonlySet<string>, listed: ReadonlySet<string>, chooseAll: boolean): ExportChoice {
  const chosen = chooseAll ? listed : new Set([...previous].filter((id) => listed.has(id)));
  return { chosen, chooseAllNext: listed.size === 0 };
}
