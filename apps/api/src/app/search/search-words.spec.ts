import { MAX_SEARCH_WORDS, searchWords, tsQuerySql } from './search-words';

describe('search words', () => {
  it('splits on anything that is not a letter or digit, keeping umlauts and ß inside words', () => {
    expect(searchWords('Feuerwehr-Standorte, Straße 12!')).toEqual([
      'feuerwehr',
      'standorte',
      'straße',
      '12',
    ]);
    expect(searchWords('  Bürgerbüro   Ämter ')).toEqual(['bürgerbüro', 'ämter']);
  });

  it('finds nothing for fewer than two letters, however they are spread', () => {
    expect(searchWords('F')).toEqual([]);
    expect(searchWords(' - ! ')).toEqual([]);
    expect(searchWords('a b')).toEqual(['a', 'b']);
  });

  it('keeps only the first words', () => {
    expect(searchWords('eins zwei drei vier fünf sechs sieben acht')).toHaveLength(MAX_SEARCH_WORDS);
  });

  it('ANDs the words, each as prefix or German stem, as parameters', () => {
    const { sql, params } = tsQuerySql(['feuerw', 'ämtern']);
    expect(params).toEqual({ w0: 'feuerw', w1: 'ämtern' });
    expect(sql).toBe(
      "((to_tsquery('simple', :w0 || ':*') || plainto_tsquery('german', :w0)) && " +
        "(to_tsquery('simple', :w1 || ':*') || plainto_tsquery('german', :w1)))",
    );
  });
});
