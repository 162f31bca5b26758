import {
  DepartmentTableView,
  activeFilterCount,
  paramsFromTableView,
  tableQueryOf,
  tableViewFromParams,
} from './department-table-query';

describe('department table view ↔ URL', () => {
  it('reads filters, sort and page from the query parameters', () => {
    const view = tableViewFromParams({
      q: ' Feuerw ',
      stage: 'contacted',
      owner: 'none',
      dezernatId: '0b3c6f1e-4a2d-4c57-9b1e-2f6a8d9c0e11',
      tag: 'Geodaten',
      noContactDays: '90',
      includeArchived: 'true',
      sort: 'lastContactAt',
      order: 'desc',
      page: '3',
    });
    expect(view).toEqual({
      filters: {
        q: 'Feuerw',
        stage: 'contacted',
        owner: 'none',
        dezernatId: '0b3c6f1e-4a2d-4c57-9b1e-2f6a8d9c0e11',
        tag: 'Geodaten',
        noContactDays: 90,
        includeArchived: true,
      },
      sort: 'lastContactAt',
      order: 'desc',
      page: 3,
    });
  });

  it('ignores values it does not know, so an old or hand-edited link still opens', () => {
    const view = tableViewFromParams({
      stage: 'bribed',
      sort: 'budget',
      order: 'sideways',
      noContactDays: '-5',
      includeArchived: 'yes',
      page: 'zwei',
      q: '   ',
      kind: 'ministry',
      owner: 'somebody',
      dezernatId: '42',
    });
    expect(view).toEqual({ filters: {}, page: 1 });
  });

  it('writes only what differs from the default view, and reads back the same view', () => {
    const view: DepartmentTableView = {
      filters: { stage: 'paused', noContactDays: 365, includeArchived: true, q: 'Amt' },
      sort: 'owner',
      order: 'asc',
      page: 2,
    };
    const params = paramsFromTableView(view);
    expect(params).toEqual({
      q: 'Amt',
      stage: 'paused',
      noContactDays: '365',
      includeArchived: 'true',
      sort: 'owner',
      order: 'asc',
      page: '2',
    });
    expect(tableViewFromParams(params)).toEqual(view);
    expect(paramsFromTableView({ filters: {}, page: 1 })).toEqual({});
  });

  it('asks the API for one page of 50 rows at the right offset, with the same filters', () => {
    const view = tableViewFromParams({ tag: 'Open Data', sort: 'stage', order: 'desc', page: '3' });
    expect(tableQueryOf(view)).toEqual({
      tag: 'Open Data',
      sort: 'stage',
      order: 'desc',
      limit: 50,
      offset: 100,
    });
  });

  it('counts the filters that are set', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ q: 'Amt', noContactDays: 30, includeArchived: true })).toBe(3);
  });
});
