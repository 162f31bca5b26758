import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { API_ROUTES, ObjectionDto, Role } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { DatasetObjections } from './dataset-objections';
import { argumentFixture, objectionFixture } from './objection-fixtures';

const answered = objectionFixture('o1', {
  status: 'resolved_publishable',
  response: 'Die Sirenen sieht jeder auf den Dächern.',
  argumentIds: ['arg-roofs'],
  resolutionNote: 'Standorte ohne Typenbezeichnung',
  resolvedAt: '2025-03-12T10:00:00Z',
  comments: [
    {
      id: 'm1',
      authorUserId: 'u-head',
      authorName: 'Hanna Head',
      body: 'Einverstanden.',
      createdAt: '2025-03-11T09:00:00Z',
    },
  ],
});

async function render(
  role: Role,
  datasetId: string | null = 'd-sirens',
  objections: ObjectionDto[] = [answered],
): Promise<{ fixture: ComponentFixture<DatasetObjections>; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({
    user: { id: 'u1', email: 'x@example.org', name: 'Someone', role, locale: 'de', departmentIds: ['a37'] },
  });
  await signedIn;
  const fixture = TestBed.createComponent(DatasetObjections);
  fixture.componentRef.setInput('datasetId', datasetId);
  fixture.componentRef.setInput('departmentId', 'a37');
  await fixture.whenStable();
  backend
    .match((request) => request.url === API_ROUTES.arguments)
    .forEach((request) => request.flush([argumentFixture('arg-roofs')]));
  backend
    .expectOne((request) => request.url === API_ROUTES.objections)
    .flush({ items: objections, total: objections.length });
  await fixture.whenStable();
  return { fixture, backend };
}

function text(fixture: ComponentFixture<DatasetObjections>): string {
  return (fixture.nativeElement as HTMLElement).textContent ?? '';
}

function buttons(fixture: ComponentFixture<DatasetObjections>): string[] {
  return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).map(
    (button) => button.textContent?.trim() ?? '',
  );
}

describe('DatasetObjections', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows the objection, the answer with its arguments, the outcome in words and the discussion', async () => {
    const { fixture } = await render('team');
    const shown = text(fixture);
    expect(shown).toContain('Kritische Infrastruktur');
    expect(shown).toContain('Erhoben von Anna Beispiel');
    expect(shown).toContain('Die Sirenen sieht jeder auf den Dächern.');
    expect(shown).toContain('Sichtbar auf jedem Dach');
    expect(shown).toContain('Geklärt: veröffentlichbar');
    expect(shown).toContain('Standorte ohne Typenbezeichnung');
    expect(shown).toContain('Hanna Head');
    expect(shown).toContain('Einverstanden.');
    expect(buttons(fixture)).toEqual(
      expect.arrayContaining(['Beantworten', 'Kommentieren', 'Vorbehalt erfassen']),
    );
  });

  it('lets a department head only comment, and tells the page after the comment', async () => {
    const { fixture, backend } = await render('department_head');
    const offered = buttons(fixture);
    expect(offered).toContain('Kommentieren');
    expect(offered).not.toContain('Beantworten');
    expect(offered).not.toContain('Vorbehalt erfassen');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[aria-label="Weitere Aktionen zum Vorbehalt"]'),
    ).toBeNull();
    // Heads may not read the library: the arguments are counted, not named, and not asked for.
    backend.expectNone((request) => request.url === API_ROUTES.arguments);
    expect(text(fixture)).toContain('Ein Argument aus der Bibliothek');

    let changes = 0;
    fixture.componentInstance.changed.subscribe(() => changes++);
    const field = (fixture.nativeElement as HTMLElement).querySelector<HTMLTextAreaElement>(
      'textarea[formcontrolname="body"]',
    );
    if (!field) throw new Error('no comment box');
    field.value = 'Bitte ohne Typenbezeichnung.';
    field.dispatchEvent(new Event('input'));
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('.comment-form button')?.click();

    const post = backend.expectOne(`${API_ROUTES.objections}/o1/comments`);
    expect(post.request.body).toEqual({ body: 'Bitte ohne Typenbezeichnung.' });
    post.flush(answered);
    await fixture.whenStable();
    expect(changes).toBe(1);
    backend
      .expectOne((request) => request.url === API_ROUTES.objections)
      .flush({ items: [answered], total: 1 });
  });

  it('gives management the objections to read, with no way to change or comment', async () => {
    const { fixture } = await render('management');
    const offered = buttons(fixture);
    expect(offered).not.toContain('Kommentieren');
    expect(offered).not.toContain('Beantworten');
    expect(offered).not.toContain('Vorbehalt erfassen');
    expect(text(fixture)).toContain('Einverstanden.');
  });

  it('asks on a department for its general objections only, not those of its datasets', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const signedIn = TestBed.inject(SessionService).ensureLoaded();
    backend.expectOne(API_ROUTES.me).flush({
      user: {
        id: 'u1',
        email: 'x@example.org',
        name: 'Someone',
        role: 'team',
        locale: 'de',
        departmentIds: [],
      },
    });
    await signedIn;
    const fixture = TestBed.createComponent(DatasetObjections);
    fixture.componentRef.setInput('datasetId', null);
    fixture.componentRef.setInput('departmentId', 'a37');
    await fixture.whenStable();
    backend.match((request) => request.url === API_ROUTES.arguments).forEach((request) => request.flush([]));
    const request = backend.expectOne((r) => r.url === API_ROUTES.objections);
    expect(request.request.params.get('departmentId')).toBe('a37');
    expect(request.request.params.get('datasetId')).toBe('none');
    request.flush({
      items: [
        objectionFixture('o2', {
          datasetId: null,
          datasetTitle: null,
          statement: 'Dafür haben wir keine Zeit.',
        }),
      ],
      total: 1,
    });
    await fixture.whenStable();
    expect(text(fixture)).toContain('Dafür haben wir keine Zeit.');
    backend.verify();
  });
});
