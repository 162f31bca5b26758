import { Clipboard } from '@angular/cdk/clipboard';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { API_ROUTES, CalendarFeedDto } from '@datenlotse/contracts';
import { CalendarFeedCard } from './calendar-feed-card';

const FEED_URL = 'https://datenlotse.example.org/api/v1/calendar/s3cr3t.ics';

async function render(state: CalendarFeedDto): Promise<{
  fixture: ComponentFixture<CalendarFeedCard>;
  backend: HttpTestingController;
  copied: string[];
}> {
  const copied: string[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: Clipboard, useValue: { copy: (text: string) => copied.push(text) > 0 } },
    ],
  });
  const fixture = TestBed.createComponent(CalendarFeedCard);
  const backend = TestBed.inject(HttpTestingController);
  backend.expectOne((r) => r.url === API_ROUTES.calendarFeed && r.method === 'GET').flush(state);
  await fixture.whenStable();
  return { fixture, backend, copied };
}

function element(fixture: ComponentFixture<CalendarFeedCard>): HTMLElement {
  return fixture.nativeElement as HTMLElement;
}

function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
    (candidate) => candidate.textContent?.trim() === label || candidate.getAttribute('aria-label') === label,
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

function confirmDialog(): HTMLElement {
  const dialog = document.body.querySelector<HTMLElement>('dl-confirm-dialog');
  if (!dialog) throw new Error('no confirmation asked');
  return dialog;
}

describe('CalendarFeedCard', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('makes a link, shows it once as a secret and says so in words when it is copied', async () => {
    const { fixture, backend, copied } = await render({ active: false, createdAt: null });
    expect(element(fixture).textContent).toContain('Kein Link eingerichtet.');

    button(element(fixture), 'Link erzeugen').click();
    const post = backend.expectOne((r) => r.url === API_ROUTES.calendarFeed && r.method === 'POST');
    post.flush({ active: true, url: FEED_URL, createdAt: '2026-11-20T10:00:00Z' });
    await fixture.whenStable();

    const field = element(fixture).querySelector<HTMLInputElement>('input[readonly]');
    expect(field?.value).toBe(FEED_URL);
    expect(document.activeElement).toBe(field);
    expect(field?.getAttribute('aria-describedby')).toBe('calendar-secret-hint');
    expect(element(fixture).querySelector('#calendar-secret-hint')?.textContent).toContain('geheim');
    expect(element(fixture).textContent).toContain('Aktiv seit 20.11.2026');
    expect(element(fixture).querySelector('a[href^="webcal:"]')?.getAttribute('href')).toBe(
      'webcal://datenlotse.example.org/api/v1/calendar/s3cr3t.ics',
    );

    const live = element(fixture).querySelector('.copied');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    expect(live?.textContent?.trim()).toBe('');
    button(element(fixture), 'Link kopieren').click();
    await fixture.whenStable();
    expect(copied).toEqual([FEED_URL]);
    expect(live?.textContent?.trim()).toBe('Link kopiert.');
  });

  it('asks before replacing an active link, and sends nothing when the user cancels', async () => {
    const { fixture, backend } = await render({ active: true, createdAt: '2026-10-01T08:00:00Z' });
    expect(element(fixture).textContent).toContain('Aktiv seit 01.10.2026');
    // An active link is not shown again: only its state.
    expect(element(fixture).querySelector('input')).toBeNull();

    button(element(fixture), 'Neuen Link erzeugen').click();
    await fixture.whenStable();
    expect(confirmDialog().textContent).toContain('Der bisherige Link hört dann auf zu funktionieren.');
    button(confirmDialog(), 'Abbrechen').click();
    await fixture.whenStable();
    backend.expectNone((r) => r.method === 'POST');

    button(element(fixture), 'Neuen Link erzeugen').click();
    await fixture.whenStable();
    button(confirmDialog(), 'Neuen Link erzeugen').click();
    await fixture.whenStable();
    backend
      .expectOne((r) => r.url === API_ROUTES.calendarFeed && r.method === 'POST')
      .flush({ active: true, url: FEED_URL, createdAt: '2026-11-20T10:00:00Z' });
    await fixture.whenStable();
    expect(element(fixture).querySelector<HTMLInputElement>('input[readonly]')?.value).toBe(FEED_URL);
  });

  it('revokes the link after asking, and the state says so', async () => {
    const { fixture, backend } = await render({ active: true, createdAt: '2026-10-01T08:00:00Z' });
    button(element(fixture), 'Link widerrufen').click();
    await fixture.whenStable();
    button(confirmDialog(), 'Link widerrufen').click();
    await fixture.whenStable();
    backend.expectOne((r) => r.url === API_ROUTES.calendarFeed && r.method === 'DELETE').flush(null);
    await fixture.whenStable();

    expect(element(fixture).textContent).toContain('Kein Link eingerichtet.');
    expect(document.activeElement).toBe(button(element(fixture), 'Link erzeugen'));
  });
});
