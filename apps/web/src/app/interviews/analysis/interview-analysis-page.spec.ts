import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_ROUTES, DepartmentDto } from '@datenlotse/contracts';
import { departmentFixture } from '../../testing/fixtures';
import { analysisFixture } from './analysis-fixtures';
import { InterviewAnalysisPage } from './interview-analysis-page';

const DEZERNAT = '0b6f0e2c-5a47-4c55-9d8e-2f6b9b1c0d11';
const AMT = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

const departments: DepartmentDto[] = [
  departmentFixture(DEZERNAT, 'Dezernat für Ordnung', 'Dezernat 02', 'dezernat'),
  departmentFixture(AMT, 'Feuerwehr', 'Amt 37', 'amt', DEZERNAT),
];

async function open(url: string): Promise<{ harness: RouterTestingHarness; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'interviews/analysis', component: InterviewAnalysisPage }]),
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, InterviewAnalysisPage);
  backend.expectOne(API_ROUTES.departments).flush(departments);
  await harness.fixture.whenStable();
  return { harness, backend };
}

function analysisRequest(backend: HttpTestingController): TestRequest {
  return backend.expectOne((request) => request.url === API_ROUTES.interviewAnalysis);
}

function currentParams(): Record<string, string> {
  const router = TestBed.inject(Router);
  return router.parseUrl(router.url).queryParams as Record<string, string>;
}

const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The card of a question, by its words. */
function question(element: HTMLElement, words: string): HTMLElement {
  const card = Array.from(element.querySelectorAll<HTMLElement>('article.question')).find((candidate) =>
    text(candidate.querySelector('h3')).startsWith(words),
  );
  if (!card) throw new Error(`no question ${words}`);
  return card;
}

/** A bar chart's rows: label, count and share as read, and the bar's length. */
function bars(card: HTMLElement, index = 0): { cells: string[]; width: string }[] {
  const table = card.querySelectorAll('dl-analysis-bars table')[index];
  return Array.from(table?.querySelectorAll('tbody tr') ?? []).map((row) => ({
    cells: Array.from(row.querySelectorAll('th, td')).map(text),
    width: row.querySelector<HTMLElement>('.fill')?.style.width ?? '',
  }));
}

describe('InterviewAnalysisPage', () => {
  beforeEach(() => localStorage.clear());

  it('asks for the unit and period in the URL and shows the count and the questions part by part', async () => {
    const { harness, backend } = await open(
      `/interviews/analysis?dezernatId=${DEZERNAT}&from=2026-01-01&to=2026-06-30&tab=x`,
    );
    const request = analysisRequest(backend);
    expect(request.request.params.toString()).toBe(`dezernatId=${DEZERNAT}&from=2026-01-01&to=2026-06-30`);
    request.flush(analysisFixture());
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;

    expect(text(element.querySelector('.count'))).toBe('5 abgeschlossene Interviews');
    expect(Array.from(element.querySelectorAll('h2')).map(text)).toEqual(['Teil 1', 'Teil 2']);
    expect(text(question(element, 'Kennen Sie das Open-Data-Portal').querySelector('.answered'))).toBe(
      'Beantwortet in 4 von 5 Interviews',
    );
  });

  it('draws a bar per answer as long as its share of the interviews that answered, in a readable table', async () => {
    const { harness, backend } = await open('/interviews/analysis');
    analysisRequest(backend).flush(analysisFixture());
    await harness.fixture.whenStable();
    const card = question(harness.routeNativeElement as HTMLElement, 'Kennen Sie das Open-Data-Portal');

    expect(Array.from(card.querySelectorAll('thead th')).map(text)).toEqual(['Antwort', 'Anzahl', 'Anteil']);
    expect(text(card.querySelector('caption'))).toBe(
      'Antworten auf „Kennen Sie das Open-Data-Portal der Stadt?“',
    );
    expect(bars(card)).toEqual([
      { cells: ['Ja', '3', '75 %'], width: '75%' },
      { cells: ['Nein', '1', '25 %'], width: '25%' },
    ]);
    expect(card.querySelector('.track')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the Fachverfahren by mentions, the data asked for and the open answers with their department', async () => {
    const { harness, backend } = await open('/interviews/analysis');
    analysisRequest(backend).flush(analysisFixture());
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;

    const datasets = question(element, 'Welche Datensätze nehmen wir auf');
    expect(Array.from(datasets.querySelectorAll('h4')).map(text)).toEqual([
      'Wiederkehrende Fachverfahren',
      'Gewünschte Daten',
    ]);
    // Several mentions per interview: no share, the most frequent fills the bar.
    expect(bars(datasets)).toEqual([
      { cells: ['ArcGIS', '4'], width: '100%' },
      { cells: ['SAP', '2'], width: '50%' },
    ]);
    const requested = datasets.querySelector('dl-analysis-texts li');
    expect(text(requested?.querySelector('.title'))).toBe('Sirenenstandorte (Presse)');
    expect(text(requested?.querySelector('a[href="/interviews/iv-37"]'))).toBe('Amt 37 – Feuerwehr');

    const openAnswers = question(element, 'Was verbinden Sie mit Open Data');
    expect(openAnswers.querySelector('blockquote')?.textContent).toBe('Transparenz,\naber auch Aufwand');
    const source = openAnswers.querySelector('a[href="/interviews/iv-37"]');
    expect(text(source)).toBe('Amt 37 – Feuerwehr');
    expect(source?.getAttribute('aria-label')).toBe('Interview mit Amt 37 – Feuerwehr öffnen');
  });

  it('puts a chosen unit into the URL and asks again', async () => {
    const { harness, backend } = await open('/interviews/analysis?from=2026-01-01');
    analysisRequest(backend).flush(analysisFixture());
    await harness.fixture.whenStable();

    const page = harness.fixture.debugElement.query(
      (node) => node.componentInstance instanceof InterviewAnalysisPage,
    ).componentInstance as InterviewAnalysisPage;
    page['form'].controls.dezernatId.setValue(AMT);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await harness.fixture.whenStable();

    expect(currentParams()).toEqual({ from: '2026-01-01', dezernatId: AMT });
    expect(analysisRequest(backend).request.params.toString()).toBe(`dezernatId=${AMT}&from=2026-01-01`);
  });

  it('offers the Dezernate with their Ämter below them', async () => {
    const { harness, backend } = await open('/interviews/analysis');
    analysisRequest(backend).flush(analysisFixture());
    await harness.fixture.whenStable();
    const page = harness.fixture.debugElement.query(
      (node) => node.componentInstance instanceof InterviewAnalysisPage,
    ).componentInstance as InterviewAnalysisPage;
    expect(page['units']().map((unit) => [unit.label, unit.depth])).toEqual([
      ['Dezernat 02 – Dezernat für Ordnung', 0],
      ['Amt 37 – Feuerwehr', 1],
    ]);
  });

  it('says when no completed interview matches the filters, and offers to reset them', async () => {
    const { harness, backend } = await open(`/interviews/analysis?dezernatId=${DEZERNAT}`);
    analysisRequest(backend).flush({ interviewCount: 0, questions: [] });
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;

    expect(text(element.querySelector('.empty h2'))).toBe('Keine abgeschlossenen Interviews');
    expect(element.textContent).toContain('Für diese Auswahl gibt es noch keine abgeschlossenen Interviews.');
    expect(element.querySelector('article.question')).toBeNull();

    const reset = Array.from(element.querySelectorAll('button')).find(
      (button) => text(button) === 'Filter zurücksetzen',
    );
    reset?.click();
    await harness.fixture.whenStable();
    expect(currentParams()).toEqual({});
    expect(analysisRequest(backend).request.params.toString()).toBe('');
  });
});
