/**
 * The words of a dataset title as search terms for the model-dataset suggestions. German glues words together
 * ("Sirenenstandorte", "Hundesteuer") where the Musterdatenkatalog writes them apart ("Sirene", "Standorte",
 * "Steuern"), and PostgreSQL's German stemmer does not split compounds. So a long word is split where its tail
 * is a word the catalogue itself uses: the catalogue is the vocabulary, and only the split points matter.
 */

export interface TitleTerm {
  /** Letters only, lower case: safe inside a tsquery. */
  part: string;
  /** Which word of the title it came from; a word's parts share its weight. */
  word: number;
  /** The whole word (true) or one of its parts: a word counts as found whole or by the mean of its parts. */
  whole: boolean;
}

const MAX_WORDS = 10;
const MIN_PART = 3;
const MIN_TAIL = 4;

/** A rough stem, enough to meet "Steuern" with "Steuer" and "Sirenen" with "Sirene" ("Plan" keeps its n). */
export function roughStem(word: string): string {
  for (const suffix of ['en', 'er', 'e', 'n', 's']) {
    if (suffix === 'n' && !/[elr]n$/.test(word)) continue;
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_TAIL)
      return word.slice(0, -suffix.length);
  }
  return word;
}

export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= MIN_PART);

/** Every word of the given texts that is long enough to stand on its own, and its stem. */
export function vocabulary(texts: Iterable<string | null>): Set<string> {
  const known = new Set<string>();
  for (const text of texts) {
    for (const w of words(text ?? '')) if (w.length >= MIN_TAIL) known.add(w).add(roughStem(w));
  }
  return known;
}

const isKnown = (word: string, known: ReadonlySet<string>) => known.has(word) || known.has(roughStem(word));

/**
 * Splits a word into parts the vocabulary knows: at the longest known tail, then the head again
 * ("zivilschutzsirenen" → zivilschutz, sirenen); failing that, after the longest known head ("feuerwachen" →
 * feuer, wachen). A known word is split too ("haushaltsplan" → haushalts, plan), but a known head is not.
 */
export function splitCompound(word: string, known: ReadonlySet<string>, top = true): string[] {
  if ((!top && isKnown(word, known)) || word.length < MIN_PART + MIN_TAIL) return [word];
  for (let i = MIN_PART; i <= word.length - MIN_TAIL; i++) {
    const tail = word.slice(i);
    if (isKnown(tail, known)) return [...splitCompound(word.slice(0, i), known, false), tail];
  }
  for (let i = word.length - MIN_PART; i >= MIN_TAIL; i--) {
    if (isKnown(word.slice(0, i), known)) {
      return [word.slice(0, i), ...splitCompound(word.slice(i), known, false)];
    }
  }
  return [word];
}

/** The title's search terms: up to ten words, each whole and, where it is a compound, its parts. */
export function titleTerms(title: string, known: ReadonlySet<string>): TitleTerm[] {
  return words(title)
    .slice(0, MAX_WORDS)
    .flatMap((word, index) => {
      const parts = splitCompound(word, known);
      return [
        { part: word, word: index, whole: true },
        ...(parts.length > 1 ? parts.map((part) => ({ part, word: index, whole: false })) : []),
      ];
    });
}
