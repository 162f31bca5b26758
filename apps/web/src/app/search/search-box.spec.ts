import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { API_ROUTES, SearchResponse } from '@datenlotse/contracts';
import { SEARCH_DEBOUNCE_MS } from './live-search';
import { SearchBox } from './search-box';

const answer: SearchResponse = {
  query: 'Feuerw',
  hits: [
    {
      kind: 'contact',
      id: 'c1',
      title: 'Lena Fischer',
      subtitle: 'Feuerwehr',
      category: null,
      occurredAt: null,
      departmentId: 'a37',
      rank: 0.5,
    },
    {
      kind: 'department',
      id: 'a37',
      title: 'Feuerwehr',
      subtitle: 'Amt 37',
      category: 'amt',
      occurredAt: null,
      departmentId: 'a37',
      rank: 0.9,
    },
  ],
};

async function type(fixture: ComponentFixture<SearchBox>, text: string): Promise<void> {
  const input = (fixture.nativeElement as HTMLElement).querySelector('input') as HTMLInputElement;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20));
  await fixture.whenStable();
}

describe('SearchBox', () => {
  let fixture: ComponentFixture<SearchBox>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SearchBox);
    await fixture.whenStable();
  });

  it('lists hits grouped by kind and opens the chosen one; the box keeps searching afterwards', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await type(fixture, 'Feuerw');
    const request = backend.expectOne((r) => r.url === API_ROUTES.search);
    expect(request.request.params.get('q')).toBe('Feuerw');
    request.flush(answer);
    await fixture.whenStable();

    const groups = Array.from(document.querySelectorAll('mat-optgroup')).map((group) =>
      group.querySelector('.mat-mdc-optgroup-label')?.textContent?.trim(),
    );
    expect(groups).toEqual(['Organisationseinheiten', 'Kontakte']);
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    const subtitles = options.map((option) => option.querySelector('.hit-subtitle')?.textContent?.trim());
    expect(subtitles).toEqual(['Amt · Amt 37', 'Feuerwehr']);
    options.find((option) => option.textContent?.includes('Lena Fischer'))?.click();
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/organisation', 'a37'], { fragment: 'contact-c1' });

    await type(fixture, 'Statistik');
    expect(backend.expectOne((r) => r.url === API_ROUTES.search).request.params.get('q')).toBe('Statistik');
  });

  it('waits for two characters before it asks', async () => {
    await type(fixture, 'F');
    backend.expectNone((r) => r.url === API_ROUTES.search);
  });
});
