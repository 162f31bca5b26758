import {
  DATASET_PAGE_SIZE,
  boardQueryOf,
  datasetQueryOf,
  datasetViewFromParams,
  paramsFromDatasetView,
} from './dataset-list-query';

const UNIT = '0b6f1f5e-3c1a-4d2e-9f00-1234567890ab';

describe('dataset list URL state', () => {
  it('reads every filter, the sort and the page from the URL and asks the API for that page', () => {
    const view = datasetViewFromParams({
      q: ' Sirene ',
      stages: 'published,in_review',
      departmentId: UNIT,
      owner: 'me',
      objections: 'unresolved',
      overdue: 'true',
      modelDataset: 'none',
      sort: 'due',
      order: 'desc',
      page: '3',
    });
    expect(datasetQueryOf(view)).toEqual({
      q: 'Sirene',
      stages: 'in_review,published',
      departmentId: UNIT,
      owner: 'me',
      objections: 'unresolved',
      overdue: true,
      modelDataset: 'none',
      sort: 'due',
      order: 'desc',
      limit: DATASET_PAGE_SIZE,
      offset: 2 * DATASET_PAGE_SIZE,
    });
  });

  it('ignores what it does not know, so an old or hand-edited link still opens a sensible list', () => {
    const view = datasetViewFromParams({
      stages: 'published,flying',
      departmentId: 'not-an-id',
      owner: 'somebody',
      objections: 'maybe',
      overdue: 'yes',
      sort: 'colour',
      page: '-2',
      view: 'gallery',
    });
    expect(view).toEqual({ filters: { stages: ['published'] }, page: 1, view: 'table' });
  });

  it('writes a short link: only what differs from the default list, and no page on the board', () => {
    const table = datasetViewFromParams({ owner: 'none', sort: 'title', order: 'asc', page: '2' });
    expect(paramsFromDatasetView(table)).toEqual({ owner: 'none', sort: 'title', order: 'asc', page: '2' });
    expect(paramsFromDatasetView({ ...table, view: 'board' })).toEqual({
      view: 'board',
      owner: 'none',
      sort: 'title',
      order: 'asc',
    });
  });

  it('survives the round trip through the URL unchanged', () => {
    const params = {
      view: 'board',
      q: 'Haushalt',
      stages: 'identified,on_hold',
      dezernatId: UNIT,
      modelDataset: 'any',
      overdue: 'true',
    };
    expect(paramsFromDatasetView(datasetViewFromParams(params))).toEqual(params);
  });

  it('gives the board the same filters as the list, without paging', () => {
    const view = datasetViewFromParams({ view: 'board', stages: 'agreed', owner: 'me', page: '4' });
    expect(boardQueryOf(view)).toEqual({ stages: 'agreed', owner: 'me' });
  });
});
