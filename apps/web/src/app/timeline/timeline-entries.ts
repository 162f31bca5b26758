import { TimelineEntry } from '@datenlotse/contracts';

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
  const index = others.findIndex((candidate) => candidate.at <= entry.at);
  return index === -1 ? [...others, entry] : [...others.slice(0, index), entry, ...others.slice(index)];
}
