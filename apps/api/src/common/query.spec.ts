import { containsPattern, prefixTsQuery } from './query';

describe('search box words as a prefix query', () => {
  it('makes every word a quoted prefix, all of them required', () => {
    expect(prefixTsQuery('Feuerw')).toBe("'feuerw':*");
    expect(prefixTsQuery('  Amt  für Statistik ')).toBe("'amt':* & 'für':* & 'statistik':*");
  });

  it('restricts the words to a weight when asked', () => {
    expect(prefixTsQuery('Kultur', 'A')).toBe("'kultur':*A");
  });

  it('keeps an email address whole, as the text search stores it', () => {
    expect(prefixTsQuery('Anna.Beispiel@Stadt.de')).toBe("'anna.beispiel@stadt.de':*");
  });

  it('never lets tsquery syntax or quotes through', () => {
    expect(prefixTsQuery("o'brien & !amt | (x):*")).toBe("'o':* & 'brien':* & 'amt':* & 'x':*");
    expect(prefixTsQuery('- . @')).toBeNull();
    expect(prefixTsQuery('')).toBeNull();
  });

  it('takes typed wildcards literally in a LIKE pattern', () => {
    expect(containsPattern('12/2')).toBe('%12/2%');
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
