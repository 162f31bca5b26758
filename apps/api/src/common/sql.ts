/** `'a', 'b', 'c'`: the values of a contract enum for a CHECK constraint. */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * A search vector over the given SQL text expression: German stems for whole words ("Ämter" finds "Amt")
 * plus the unstemmed words, so that prefix queries ("Feuerw") match what was typed.
 */
export const searchVector = (text: string, weight: 'A' | 'B' | 'C' | 'D' = 'A'): string =>
  `setweight(to_tsvector('german', ${text}), '${weight}') || setweight(to_tsvector('simple', ${text}), '${weight}')`;
