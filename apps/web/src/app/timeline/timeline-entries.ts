import { InteractionDto, TimelineEntry, TimelineFilter } from '@datenlotse/contracts';

/** A stable id for an entry: interactions and audit events live in different tables. */
export function entryKey(entry: TimelineEntry): string {
  return entry.kind === 'interaction' ? `i:${entry.interaction.id}` : `e:${entry.event.id}`;
}

/**
 * Appends a loaded page to the entries shown so far. An entry can come twice (one logged right here while
 * paging, or a page boundary shifted by a new entry): the one already shown is kept.
 */
export function appendPage(shown: readonly TimelineEntry[], page: readonly TimelineEntry[]): TimelineEntry[] {
  const seen = new Set(shown.map(entryKey));
  return [...shown, ...page.filter((entry) => !seen.has(entryKey(entry)))];
}

/** Puts a new or edited entry in its place, newest first (replacing the old version of it). */
export function upsertEntry(shown: readonly TimelineEntry[], entry: TimelineEntry): TimelineEntry[] {
  const key = entryKey(entry);
  const others = shown.filter((candidate) => entryKey(candidate) !== key);
  const at = Date.parse(entry.at);
  const index = others.findIndex((candidate) => Date.parse(candidate.at) <= at);
  return index === -1 ? [...others, entry] : [...others.slice(0, index), entry, ...others.slice(index)];
}

/** The timeline entry of an interaction, as the API lists it. */
export function interactionEntry(interaction: InteractionDto): TimelineEntry {
  return { kind: 'interaction', at: interaction.occurredAt, interaction };
}

/** Whether an entry belongs on a timeline filtered by `chips` (none: every entry). */
export function matchesChips(entry: TimelineEntry, chips: readonly TimelineFilter[]): boolean {
  if (chips.length === 0) return true;
  return chips.includes(entry.kind === 'event' ? 'system' : entry.interaction.type);
}
