import { Transform } from 'class-transformer';

/**
 * The words of a search box as a PostgreSQL prefix query for `to_tsquery('simple', …)`: every word must
 * start a word of the record ("Feuerw" finds the Feuerwehr). Only letters, digits and the characters of
 * e-mail addresses survive, each word is quoted, so user input can never be tsquery syntax. `weight`
 * restricts the match to words of that weight (the name, not the notes). Null when nothing searchable is left.
 */
export function prefixTsQuery(text: string, weight = ''): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.@_-]+/u)
    .map((word) => word.replace(/^[.@_-]+|[.@_-]+$/g, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, 10);
  if (words.length === 0) return null;
  return words.map((word) => `'${word}':*${weight}`).join(' & ');
}

/** `%text%` for ILIKE, with the wildcards the user typed taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A query-string boolean: `true`/`false` (and `1`/`0`) become booleans; anything else stays for the validator. */
export const BooleanQuery = () =>
  Transform(({ value }: { value: unknown }) => {
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    return value;
  });
