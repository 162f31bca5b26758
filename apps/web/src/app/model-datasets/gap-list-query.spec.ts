import { gapListQueryOf, gapListViewFromParams, isFiltered, paramsFromGapListView } from './gap-list-query';

describe('gap list filters in the URL', () => {
  it('reads theme, search and coverage from the URL and asks the API for the same', () => {
    const view = gapListViewFromParams({ theme: 'Sicherheit', q: ' Sirene ', coverage: 'missing' });
    expect(view).toEqual({ theme: 'Sicherheit', q: 'Sirene', coverage: 'missing' });
    expect(gapListQueryOf(view)).toEqual({ theme: 'Sicherheit', q: 'Sirene', coverage: 'missing' });
    expect(isFiltered(view)).toBe(true);
  });

  it('opens an outdated or hand-edited link as the whole list', () => {
    const view = gapListViewFromParams({ coverage: 'everything', theme: '  ', q: ['a', 'b'] });
    expect(view).toEqual({ coverage: 'all' });
    expect(gapListQueryOf(view)).toEqual({});
    expect(isFiltered(view)).toBe(false);
  });

  it('writes only what differs from the whole list, so links stay short', () => {
    expect(paramsFromGapListView({ coverage: 'all' })).toEqual({});
    expect(paramsFromGapListView({ coverage: 'published', q: '' })).toEqual({ coverage: 'published' });
    const params = paramsFromGapListView({ theme: 'Umwelt und Klima', coverage: 'covered' });
    expect(gapListViewFromParams(params)).toEqual({ theme: 'Umwelt und Klima', coverage: 'covered' });
  });
});
