/** At most this many words of a query are matched; more only slow the query down. */
export const MAX_SEARCH_WORDS = 6;
/** Fewer letters than this, all words together, find nothing: one letter would match half the city. */
export const MIN_SEARCH_LETTERS = 2;

/**
 * The words of a search box: split on everything that is not a letter or digit in any script, so that
 * "Feuerwehr-Standorte" is two words and "Bürger" stays one. Empty when too little was typed.
 */
export function searchWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_SEARCH_WORDS);
  return words.join('').length < MIN_SEARCH_LETTERS ? [] : words;
}

/**
 * A tsquery over named parameters `:w0`, `:w1`, …: each word as a prefix of an unstemmed word ("Feuerw"
 * finds "Feuerwehr") or as the German stem ("Ämtern" finds "Amt"), and all words must match. The words
 * hold only letters and digits, so they can never be tsquery syntax; they are passed as parameters anyway.
 */
export function tsQuerySql(words: string[]): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const parts = words.map((word, i) => {
    params[`w${i}`] = word;
    return `(to_tsquery('simple', :w${i} || ':*') || plainto_tsquery('german', :w${i}))`;
  });
  return { sql: `(${parts.join(' && ')})`, params };
}
