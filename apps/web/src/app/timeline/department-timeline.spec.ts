import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { API_ROUTES, CursorPage, Role, TimelineEntry, departmentTimelinePath } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { DepartmentTimeline, TIMELINE_PAGE_SIZE } from './department-timeline';
import { interactionEntry } from './timeline-entries';
import { interaction } from './timeline-fixtures';

const path = departmentTimelinePath('a37');

async function render(role: Role = 'team'): Promise<{
  fixture: ComponentFixture<DepartmentTimeline>;
  backend: HttpTestingController;
}> {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({
    user: { id: 'u-team', email: 't@x.de', name: 'Tara Team', role, locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const fixture = TestBed.createComponent(DepartmentTimeline);
  fixture.componentRef.setInput('departmentId', 'a37');
  await fixture.whenStable();
  return { fixture, backend };
}

function expectPage(backend: HttpTestingController): TestRequest {
  return backend.expectOne((request) => request.url === path);
}

function page(items: TimelineEntry[], nextCursor: string | null): CursorPage<TimelineEntry> {
  return { items, nextCursor };
}

function summaries(fixture: ComponentFixture<DepartmentTimeline>): string[] {
  const element = fixture.nativeElement as HTMLElement;
  return Array.from(element.querySelectorAll('.entry .text')).map((p) => p.textContent?.trim() ?? '');
}

function button(fixture: ComponentFixture<DepartmentTimeline>, text: string): HTMLButtonElement | undefined {
  return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).find(
    (candidate) => candidate.textContent?.trim() === text,
  );
}

const entry = (id: string, day: number) =>
  interactionEntry(interaction(id, `2025-03-${String(day).padStart(2, '0')}T10:00:00Z`));

describe('DepartmentTimeline', () => {
  beforeEach(() => localStorage.clear());

  it('loads the next page with the cursor and shows each entry once', async () => {
    const { fixture, backend } = await render();
    const first = expectPage(backend);
    expect(first.request.params.get('limit')).toBe(String(TIMELINE_PAGE_SIZE));
    expect(first.request.params.has('cursor')).toBe(false);
    first.flush(page([entry('i3', 3), entry('i2', 2)], 'cursor-1'));
    await fixture.whenStable();
    expect(summaries(fixture)).toEqual(['Gespräch i3', 'Gespräch i2']);

    button(fixture, 'Mehr laden')?.click();
    const second = expectPage(backend);
    expect(second.request.params.get('cursor')).toBe('cursor-1');
    second.flush(page([entry('i2', 2), entry('i1', 1)], null));
    await fixture.whenStable();

    expect(summaries(fixture)).toEqual(['Gespräch i3', 'Gespräch i2', 'Gespräch i1']);
    expect(button(fixture, 'Mehr laden')).toBeUndefined();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[aria-live="polite"]')?.textContent,
    ).toContain('1 weiterer Eintrag geladen');
    backend.verify();
  });

  it('reloads from the first page when a type is chosen, asking only for that type', async () => {
    const { fixture, backend } = await render();
    expectPage(backend).flush(page([entry('i3', 3)], 'cursor-1'));
    await fixture.whenStable();

    const chip = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('mat-chip-option')).find(
      (option) => option.textContent?.trim() === 'Telefonat',
    );
    (chip?.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();

    const filtered = expectPage(backend);
    expect(filtered.request.params.get('types')).toBe('call');
    expect(filtered.request.params.has('cursor')).toBe(false);
    filtered.flush(page([], null));
    await fixture.whenStable();
    expect(summaries(fixture)).toEqual([]);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Keine Einträge dieser Art.');
    backend.verify();
  });

  it('offers quick-add to the team but not to a department head', async () => {
    const team = await render('team');
    expectPage(team.backend).flush(page([entry('i1', 1)], null));
    await team.fixture.whenStable();
    expect(button(team.fixture, 'Interaktion erfassen')).toBeDefined();
    expect((team.fixture.nativeElement as HTMLElement).querySelector('.actions')).not.toBeNull();

    TestBed.resetTestingModule();
    const head = await render('department_head');
    expectPage(head.backend).flush(page([entry('i1', 1)], null));
    await head.fixture.whenStable();
    expect(button(head.fixture, 'Interaktion erfassen')).toBeUndefined();
    expect((head.fixture.nativeElement as HTMLElement).querySelector('.actions')).toBeNull();
  });
});
