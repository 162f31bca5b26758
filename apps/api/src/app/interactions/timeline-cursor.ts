/** The two sources of a timeline. At the same instant an interaction comes before the events it caused. */
export type TimelineKind = 'interaction' | 'event';

/**
 * A position in a timeline: the keyset (at, kind, id) of the last entry read, in the order at desc,
 * kind desc ('interaction' > 'event'), id desc. `at` keeps PostgreSQL's microseconds, which a JS Date would
 * round away (two audit events of one transaction differ only there, or not at all).
 */
export interface TimelineCursor {
  at: string;
  kind: TimelineKind;
  id: string;
}

/** Timestamps as PostgreSQL renders them for the cursor: UTC with microseconds, so they sort as text. */
export const EXACT_AT = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;
const EXACT_AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: TimelineCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.kind, cursor.id])).toString('base64url');
}

/** The cursor, or null when the text is not one this API handed out. */
export function decodeCursor(text: string): TimelineCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [at, kind, id] = parsed as unknown[];
  if (typeof at !== 'string' || !EXACT_AT_PATTERN.test(at) || Number.isNaN(Date.parse(at))) return null;
  if (kind !== 'interaction' && kind !== 'event') return null;
  if (typeof id !== 'string' || !UUID_PATTERN.test(id)) return null;
  return { at, kind, id };
}

/** Orders entries as the timeline does, newest first; the keys compare as text, as PostgreSQL sorts them. */
export function compareNewestFirst(a: TimelineCursor, b: TimelineCursor): number {
  return compareText(b.at, a.at) || compareText(b.kind, a.kind) || compareText(b.id, a.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The SQL condition "after the cursor" for the rows of one source (`atSql`, `idSql` its columns), written so
 * that the source's index serves it: at the cursor's instant, an interaction cursor is followed by the
 * events of that instant, an event cursor by no interaction of it.
 */
export function afterCursorSql(
  source: TimelineKind,
  cursor: TimelineCursor,
  atSql: string,
  idSql: string,
): string {
  const at = 'CAST(:cursorAt AS timestamptz)';
  if (source === cursor.kind) {
    return `${atSql} <= ${at} AND (${atSql} < ${at} OR ${idSql} < CAST(:cursorId AS uuid))`;
  }
  return source === 'event' ? `${atSql} <= ${at}` : `${atSql} < ${at}`;
}
