import { SearchHit, SearchResponse } from '@datenlotse/contracts';
import { Observable, Subject } from 'rxjs';
import { SEARCH_DEBOUNCE_MS, SearchState, groupHits, hitLink, liveSearch } from './live-search';

function hit(kind: SearchHit['kind'], id: string, departmentId: string | null = 'a37'): SearchHit {
  return { kind, id, title: id, subtitle: null, category: null, occurredAt: null, departmentId, rank: 1 };
}

describe('liveSearch', () => {
  let typed: Subject<string>;
  let asked: string[];
  let answers: Map<string, Subject<SearchResponse>>;
  let states: SearchState[];

  beforeEach(() => {
    vi.useFakeTimers();
    typed = new Subject<string>();
    asked = [];
    answers = new Map();
    states = [];
    const search = (query: string): Observable<SearchResponse> => {
      asked.push(query);
      const answer = new Subject<SearchResponse>();
      answers.set(query, answer);
      return answer;
    };
    liveSearch(typed, search).subscribe((state) => states.push(state));
  });

  afterEach(() => vi.useRealTimers());

  it('asks once the typing pauses, with the last query only', () => {
    typed.next('F');
    typed.next('Fe');
    typed.next('Feu');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    expect(asked).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(asked).toEqual(['Feu']);
    expect(states).toEqual([{ status: 'loading', query: 'Feu' }]);
  });

  it('does not ask for fewer than two characters, nor twice for the same words', () => {
    typed.next(' F ');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(asked).toEqual([]);
    expect(states).toEqual([{ status: 'idle' }]);
    typed.next('Feuerwehr');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    typed.next('Feuerwehr ');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(asked).toEqual(['Feuerwehr']);
  });

  it('drops the answer to an older query once a newer one is asked', () => {
    typed.next('Feuer');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    typed.next('Feuerwehr');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(answers.get('Feuer')?.observed).toBe(false);
    answers.get('Feuerwehr')?.next({ query: 'Feuerwehr', hits: [hit('department', 'a37')] });
    expect(states[states.length - 1]).toEqual({
      status: 'ready',
      query: 'Feuerwehr',
      hits: [hit('department', 'a37')],
    });
  });

  it('reports a failed search without ending the stream', () => {
    typed.next('Feuer');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    answers.get('Feuer')?.error(new Error('offline'));
    expect(states[states.length - 1]).toEqual({ status: 'error', query: 'Feuer' });
    typed.next('Feuerwehr');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(asked).toEqual(['Feuer', 'Feuerwehr']);
  });
});

describe('search hits', () => {
  it('groups hits by kind (units, contacts, interactions), keeping the rank order within a group', () => {
    const groups = groupHits([hit('contact', 'c1'), hit('department', 'd1'), hit('contact', 'c2')]);
    expect(groups.map((group) => [group.kind, group.hits.map((h) => h.id)])).toEqual([
      ['department', ['d1']],
      ['contact', ['c1', 'c2']],
    ]);
  });

  it("opens a unit's page, and a contact or interaction on its department's page", () => {
    expect(hitLink(hit('department', 'd1'))).toEqual({ path: ['/organisation', 'd1'] });
    expect(hitLink(hit('contact', 'c1'))).toEqual({ path: ['/organisation', 'a37'], fragment: 'contact-c1' });
    expect(hitLink(hit('interaction', 'i1', null))).toBeNull();
  });
});
