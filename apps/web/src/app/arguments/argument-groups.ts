import { ArgumentDto, OBJECTION_CATEGORIES, ObjectionCategory } from '@datenlotse/contracts';

export interface ArgumentGroup {
  category: ObjectionCategory;
  arguments: ArgumentDto[];
}

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** Lower case without accents, so "Datenschutz" finds "datenschutz" and "Koeln" nothing worse than before. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Whether every word of the search occurs in the argument's title, body, examples, evidence or model dataset. */
export function matchesSearch(argument: ArgumentDto, query: string): boolean {
  const words = normalise(query)
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return true;
  const haystack = normalise(
    [argument.title, argument.body, argument.examples, argument.evidence, argument.modelDatasetName]
      .filter((part): part is string => !!part)
      .join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/**
 * The library by category, in the contract's order of categories, most used first within each (the
 * arguments that worked before lead); categories without a match are left out.
 */
export function groupArguments(library: readonly ArgumentDto[], query: string): ArgumentGroup[] {
  return OBJECTION_CATEGORIES.map((category) => ({
    category,
    arguments: library
      .filter((argument) => argument.category === category && matchesSearch(argument, query))
      .sort((a, b) => b.usedCount - a.usedCount || collator.compare(a.title, b.title)),
  })).filter((group) => group.arguments.length > 0);
}
