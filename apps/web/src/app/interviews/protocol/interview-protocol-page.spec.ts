import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { InterviewProtocolDto, interviewPath } from '@datenlotse/contracts';
import { InterviewProtocolPage } from './interview-protocol-page';
import { protocolFixture } from './protocol-fixtures';

async function open(protocol: InterviewProtocolDto = protocolFixture()): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter(
        [{ path: 'interviews/:id/protocol', component: InterviewProtocolPage }],
        withComponentInputBinding(),
      ),
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/interviews/iv-1/protocol', InterviewProtocolPage);
  TestBed.inject(HttpTestingController).expectOne(interviewPath('iv-1', 'protocol')).flush(protocol);
  await harness.fixture.whenStable();
  return harness.routeNativeElement as HTMLElement;
}

const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The cells of a table's body, row by row. */
function cells(table: Element | null): string[][] {
  return Array.from(table?.querySelectorAll('tbody tr') ?? []).map((row) =>
    Array.from(row.querySelectorAll('td')).map(text),
  );
}

/** A list of facts as "term: value" pairs. */
function facts(list: Element | null): Record<string, string> {
  return Object.fromEntries(
    Array.from(list?.querySelectorAll(':scope > div') ?? []).map((pair) => [
      text(pair.querySelector('dt')),
      text(pair.querySelector('dd')),
    ]),
  );
}

/** The answer below a question, found by the question's words. */
function answerTo(element: HTMLElement, question: string): HTMLElement {
  const pair = Array.from(element.querySelectorAll('.qa')).find((qa) =>
    text(qa.querySelector('dt')).startsWith(question),
  );
  const answer = pair?.querySelector<HTMLElement>('dd');
  if (!answer) throw new Error(`no answer to ${question}`);
  return answer;
}

function section(element: HTMLElement, heading: string): HTMLElement {
  const found = Array.from(element.querySelectorAll<HTMLElement>('section')).find(
    (candidate) => text(candidate.querySelector('h2')) === heading,
  );
  if (!found) throw new Error(`no section ${heading}`);
  return found;
}

describe('InterviewProtocolPage', () => {
  beforeEach(() => localStorage.clear());

  it('reads like a document: the city, the department, when, where and who', async () => {
    const element = await open();
    expect(text(element.querySelector('.city'))).toBe('Landeshauptstadt Düsseldorf');
    expect(text(element.querySelector('h1'))).toBe('Protokoll: Interview mit Amt 37 – Feuerwehr');
    expect(facts(element.querySelector('.facts'))).toEqual({
      // The hour depends on the machine's time zone; the day does not.
      Datum: expect.stringMatching(/^04\.03\.2026, \d\d:00$/),
      Ort: 'Hüttenstraße 68, Raum 204',
      'Teilnehmende des Amtes': 'Fritz Feuer, Hanna Haupt',
      'Für das Open-Data-Team': 'Tara Team, Olaf Open',
      Abgeschlossen: expect.stringMatching(/^04\.03\.2026, \d\d:30$/),
    });
    expect(element.querySelector('a[href="/interviews/iv-1"]')).not.toBeNull();
    expect(element.textContent).not.toContain('Vorläufiges Protokoll');
  });

  it('shows each part with its answers in words, a dash for an unanswered one, and its notes', async () => {
    const element = await open();
    expect(Array.from(element.querySelectorAll('h2')).map(text)).toEqual([
      'Teil 1 – Vorstellung',
      'Teil 2 – Daten',
      'Vereinbarte nächste Schritte',
      'Neue Datensätze',
      'Vorbehalte',
    ]);
    expect(text(answerTo(element, 'Kennen Sie das Open-Data-Portal'))).toBe('gehört, nicht genutzt');
    expect(text(answerTo(element, 'Haben die Daten einen Raumbezug'))).toBe('Ja');
    const unanswered = answerTo(element, 'Was verbinden Sie mit Open Data');
    expect(unanswered.querySelector('[aria-hidden="true"]')?.textContent).toBe('—');
    expect(text(unanswered.querySelector('.visually-hidden'))).toBe('Keine Antwort');
    expect(section(element, 'Teil 1 – Vorstellung').querySelector('.notes')?.textContent).toContain(
      'Portal live gezeigt.\nGroßes Interesse an Einsatzstatistik.',
    );
    expect(section(element, 'Teil 2 – Daten').querySelector('.notes')).toBeNull();
  });

  it('shows list answers as tables with column headers, an empty cell as a dash', async () => {
    const element = await open();
    const datasets = answerTo(element, 'Welche Datensätze nehmen wir auf').querySelector('table');
    expect(Array.from(datasets?.querySelectorAll('thead th') ?? []).map(text)).toEqual([
      'Titel',
      'Beschreibung',
      'Fachverfahren',
      'Format',
      'Aktualisierung',
      'Personenbezug',
      'Gefragt von',
    ]);
    expect(cells(datasets)).toEqual([
      ['Sirenenstandorte', 'Lage aller Sirenen', 'ArcGIS', 'GeoJSON', 'jährlich', 'Nein', 'Presse'],
      ['Einsatzstatistik', '—', 'FEUERWEHR-IS', 'CSV', 'monatlich', 'Nein', 'Rat'],
    ]);
    const concerns = answerTo(element, 'Gibt es grundsätzliche Bedenken').querySelector('table');
    expect(Array.from(concerns?.querySelectorAll('thead th') ?? []).map(text)).toEqual([
      'Kategorie',
      'Vorbehalt',
      'Geäußert von',
    ]);
    expect(cells(concerns)).toEqual([
      ['Kritische Infrastruktur', 'Sirenenstandorte könnten beschädigt werden', 'Fritz Feuer'],
    ]);
  });

  it('lists the agreement with its tasks, the new datasets with their stage and the objections', async () => {
    const element = await open();
    const nextSteps = section(element, 'Vereinbarte nächste Schritte');
    expect(facts(nextSteps.querySelector('.agreement'))).toEqual({
      'Erster Datensatz': 'Sirenenstandorte',
      'Ansprechperson für die Daten': 'Fritz Feuer',
      'Erste Lieferung bis': '15.04.2026',
      Lieferweg: 'E-Mail',
      Format: 'GeoJSON',
    });
    expect(cells(nextSteps)).toEqual([
      ['Nachfassen: Interview Feuerwehr', '06.05.2026', 'Tara Team'],
      ['Freigabe der Amtsleitung einholen', '—', '—'],
    ]);

    const datasets = section(element, 'Neue Datensätze');
    expect(text(datasets.querySelector('a[href="/datasets/ds-1"]'))).toBe('Sirenenstandorte');
    expect(cells(datasets)).toEqual([
      ['Sirenenstandorte', 'Vereinbart'],
      ['Einsatzstatistik', 'Identifiziert'],
    ]);

    expect(cells(section(element, 'Vorbehalte'))).toEqual([
      ['Kritische Infrastruktur', 'Sirenenstandorte könnten beschädigt werden', 'Offen'],
    ]);
  });

  it('says so when the interview is not completed, and when nothing came of it', async () => {
    const element = await open(
      protocolFixture({
        status: 'in_progress',
        completedAt: null,
        datasets: [],
        objections: [],
        agreement: null,
        tasks: [],
      }),
    );
    expect(element.textContent).toContain(
      'Vorläufiges Protokoll: Das Interview ist noch nicht abgeschlossen.',
    );
    expect(element.textContent).toContain('Es wurde keine Lieferung vereinbart.');
    expect(element.textContent).toContain('Keine Aufgaben vereinbart.');
    expect(element.textContent).toContain('Aus diesem Interview sind keine Datensätze entstanden.');
    expect(element.textContent).toContain('Es wurden keine Vorbehalte geäußert.');
  });

  it('opens the print dialog from its button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const element = await open();
    const button = Array.from(element.querySelectorAll('button')).find(
      (candidate) => text(candidate) === 'Drucken / als PDF speichern',
    );
    button?.click();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
