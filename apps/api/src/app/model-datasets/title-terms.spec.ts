import { shippedCatalogue } from './reference/catalogue';
import { roughStem, splitCompound, titleTerms, vocabulary } from './title-terms';

const known = vocabulary(shippedCatalogue().modelDatasets.flatMap((m) => [m.theme, m.label, m.description]));

describe('title terms', () => {
  it('meets singular and plural in a rough stem', () => {
    expect(roughStem('sirenen')).toBe(roughStem('sirene'));
    expect(roughStem('steuern')).toBe('steuer');
    expect(roughStem('plan')).toBe('plan');
  });

  it('splits compounds where the catalogue knows the parts', () => {
    expect(splitCompound('sirenenstandorte', known)).toEqual(['sirenen', 'standorte']);
    expect(splitCompound('hundesteuer', known)).toEqual(['hunde', 'steuer']);
    expect(splitCompound('haushaltsplan', known)).toEqual(['haushalts', 'plan']);
    expect(splitCompound('feuerwachen', known)).toEqual(['feuer', 'wachen']);
    expect(splitCompound('xyzqwv', known)).toEqual(['xyzqwv']);
  });

  it('keeps each word whole and adds its parts, skipping numbers and short words', () => {
    expect(titleTerms('Sirenenstandorte 2024 in NRW', known)).toEqual([
      { part: 'sirenenstandorte', word: 0, whole: true },
      { part: 'sirenen', word: 0, whole: false },
      { part: 'standorte', word: 0, whole: false },
      { part: 'nrw', word: 1, whole: true },
    ]);
    expect(titleTerms("'; DROP TABLE x; --", known).map((t) => t.part)).toEqual(['drop', 'table']);
  });
});
