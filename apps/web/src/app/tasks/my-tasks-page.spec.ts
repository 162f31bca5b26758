import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { API_ROUTES, Page, TaskDto } from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { MyTasksPage } from './my-tasks-page';
import { taskFixture } from './task-fixtures';

async function render(): Promise<{ fixture: ComponentFixture<MyTasksPage>; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({
    user: { id: 'u-team', email: 't@x.de', name: 'Tara Team', role: 'team', locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const fixture = TestBed.createComponent(MyTasksPage);
  await fixture.whenStable();
  return { fixture, backend };
}

function flushTasks(backend: HttpTestingController, tasks: TaskDto[]): void {
  const request = backend.expectOne((r) => r.url === API_ROUTES.tasks && r.method === 'GET');
  expect(request.request.params.get('assignee')).toBe('me');
  expect(request.request.params.get('status')).toBe('open');
  request.flush({ items: tasks, total: tasks.length } satisfies Page<TaskDto>);
}

function rows(fixture: ComponentFixture<MyTasksPage>): HTMLElement[] {
  return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('.task'));
}

describe('MyTasksPage', () => {
  beforeEach(() => localStorage.clear());

  it('lists overdue tasks first and says "überfällig" in words, not by colour alone', async () => {
    const { fixture, backend } = await render();
    flushTasks(backend, [
      taskFixture('t1', 'Protokoll schicken', { dueAt: '2099-01-10' }),
      taskFixture('t2', 'Lieferung anmahnen', { dueAt: '2025-01-10', overdue: true }),
    ]);
    await fixture.whenStable();

    const [first, second] = rows(fixture);
    expect(first.querySelector('.title')?.textContent).toBe('Lieferung anmahnen');
    expect(first.textContent).toContain('überfällig');
    expect(first.textContent).toContain('fällig am 10.01.2025');
    expect(second.textContent).not.toContain('überfällig');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('2 offen, davon 1 überfällig');
  });

  it('ticks a task off with its version and takes it off the open list', async () => {
    const { fixture, backend } = await render();
    flushTasks(backend, [taskFixture('t1', 'Protokoll schicken', { version: 4 })]);
    await fixture.whenStable();

    const checkbox = rows(fixture)[0].querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(checkbox.getAttribute('aria-label')).toBe('„Protokoll schicken“ als erledigt abhaken');
    checkbox.click();
    const patch = backend.expectOne(`${API_ROUTES.tasks}/t1`);
    expect(patch.request.body).toEqual({ version: 4, status: 'done' });
    patch.flush(taskFixture('t1', 'Protokoll schicken', { status: 'done', version: 5 }));
    await fixture.whenStable();
    expect(rows(fixture)).toEqual([]);
  });

  it('reads the list again when the task was changed elsewhere (409)', async () => {
    const { fixture, backend } = await render();
    flushTasks(backend, [taskFixture('t1', 'Protokoll schicken')]);
    await fixture.whenStable();

    (rows(fixture)[0].querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    backend
      .expectOne(`${API_ROUTES.tasks}/t1`)
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'stale' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    flushTasks(backend, [taskFixture('t1', 'Protokoll schicken (geändert)', { version: 2 })]);
    await fixture.whenStable();
    expect(rows(fixture)[0].querySelector('.title')?.textContent).toBe('Protokoll schicken (geändert)');
  });
});
