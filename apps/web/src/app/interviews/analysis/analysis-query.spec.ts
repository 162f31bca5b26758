import {
  analysisFiltersFromParams,
  analysisQueryOf,
  paramsFromAnalysisFilters,
  percentOf,
} from './analysis-query';

const DEZERNAT = '0b6f0e2c-5a47-4c55-9d8e-2f6b9b1c0d11';

describe('analysis query', () => {
  it('reads the unit and the period from the URL and drops what is not a day or an id', () => {
    expect(analysisFiltersFromParams({ dezernatId: DEZERNAT, from: '2026-01-01', to: '2026-06-30' })).toEqual(
      {
        dezernatId: DEZERNAT,
        from: '2026-01-01',
        to: '2026-06-30',
      },
    );
    expect(
      analysisFiltersFromParams({ dezernatId: 'Dezernat 01', from: '2026-02-31', to: 'gestern' }),
    ).toEqual({});
  });

  it('writes only the filters that are set, under the names the API reads', () => {
    expect(paramsFromAnalysisFilters({ from: '2026-01-01' })).toEqual({ from: '2026-01-01' });
    expect(analysisQueryOf({ dezernatId: DEZERNAT, to: '2026-06-30' })).toEqual({
      dezernatId: DEZERNAT,
      to: '2026-06-30',
    });
  });

  it('rounds shares to whole percent and has none of nothing', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });
});
