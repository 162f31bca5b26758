import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { InterviewAnswerDto, interviewPath } from '@datenlotse/contracts';
import { InterviewSync, PendingSave } from './interview-sync';

const ID = 'iv1';
const STORAGE_KEY = `datenlotse.interview-pending.${ID}`;

function answer(
  questionKey: string,
  value: InterviewAnswerDto['value'],
  version: number,
): InterviewAnswerDto {
  return { questionKey, value, version, updatedAt: '2026-11-29T09:00:00Z', updatedByName: 'Kim Team' };
}

function stored(): PendingSave[] {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as PendingSave[];
}

describe('InterviewSync', () => {
  let online: boolean;
  let backend: HttpTestingController;

  function setup(): InterviewSync {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), InterviewSync],
    });
    backend = TestBed.inject(HttpTestingController);
    return TestBed.inject(InterviewSync);
  }

  function goOffline(): void {
    online = false;
    window.dispatchEvent(new Event('offline'));
  }

  function goOnline(): void {
    online = true;
    window.dispatchEvent(new Event('online'));
  }

  function expectSave(key: string, kind: 'answers' | 'notes' = 'answers'): TestRequest {
    const request = backend.expectOne(interviewPath(ID, kind, key));
    expect(request.request.method).toBe('PUT');
    return request;
  }

  beforeEach(() => {
    localStorage.clear();
    online = true;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('keeps changes made offline in storage, one per key, and says so', () => {
    const sync = setup();
    sync.start(ID, [answer('p1_tasks', 'alt', 2)], []);
    goOffline();
    sync.queue('answer', 'p1_tasks', 'Bau');
    sync.queue('answer', 'p2_geo', true);
    sync.queue('answer', 'p1_tasks', 'Bauaufsicht');
    sync.queue('note', 'p1', 'Portal gezeigt');

    backend.expectNone(() => true);
    expect(sync.state()).toBe('offline');
    expect(sync.pendingCount()).toBe(3);
    expect(stored()).toEqual([
      { kind: 'answer', key: 'p1_tasks', value: 'Bauaufsicht', baseVersion: 2 },
      { kind: 'answer', key: 'p2_geo', value: true, baseVersion: 0 },
      { kind: 'note', key: 'p1', value: 'Portal gezeigt', baseVersion: 0 },
    ]);
  });

  it('sends the queued changes in order once the network is back', () => {
    const sync = setup();
    sync.start(ID, [answer('p1_tasks', 'alt', 2)], []);
    goOffline();
    sync.queue('answer', 'p1_tasks', 'Bauaufsicht');
    sync.queue('answer', 'p2_geo', true);
    sync.queue('note', 'p1', 'Portal gezeigt');

    goOnline();
    const first = expectSave('p1_tasks');
    expect(first.request.body).toEqual({ value: 'Bauaufsicht', version: 2 });
    backend.expectNone(interviewPath(ID, 'answers', 'p2_geo'));
    first.flush(answer('p1_tasks', 'Bauaufsicht', 3));
    const second = expectSave('p2_geo');
    expect(second.request.body).toEqual({ value: true, version: 0 });
    second.flush(answer('p2_geo', true, 1));
    const third = expectSave('p1', 'notes');
    expect(third.request.body).toEqual({ body: 'Portal gezeigt', version: 0 });
    expect(sync.state()).toBe('saving');
    third.flush({ sectionKey: 'p1', body: 'Portal gezeigt', version: 1, updatedAt: '', updatedByName: null });

    expect(sync.state()).toBe('saved');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('keeps a change when the request fails for lack of network and tries again', () => {
    vi.useFakeTimers();
    const sync = setup();
    sync.start(ID, [], []);
    sync.queue('answer', 'p2_geo', false);
    expectSave('p2_geo').error(new ProgressEvent('error'), { status: 0 });

    expect(sync.state()).toBe('offline');
    expect(stored()).toEqual([{ kind: 'answer', key: 'p2_geo', value: false, baseVersion: 0 }]);
    vi.advanceTimersByTime(1000);
    expectSave('p2_geo').flush(answer('p2_geo', false, 1));
    expect(sync.state()).toBe('saved');
  });

  it('waits for a pause in typing, and sends the newest text', () => {
    vi.useFakeTimers();
    const sync = setup();
    sync.start(ID, [], []);
    sync.queue('answer', 'p1_tasks', 'Bau', 600);
    vi.advanceTimersByTime(400);
    sync.queue('answer', 'p1_tasks', 'Bauaufsicht', 600);
    vi.advanceTimersByTime(400);
    backend.expectNone(() => true);
    vi.advanceTimersByTime(200);
    expect(expectSave('p1_tasks').request.body).toEqual({ value: 'Bauaufsicht', version: 0 });
  });

  it('sends an edit made while the previous save was on its way next, on the new version', () => {
    const sync = setup();
    sync.start(ID, [], []);
    sync.queue('answer', 'p1_tasks', 'Bau');
    const first = expectSave('p1_tasks');
    sync.queue('answer', 'p1_tasks', 'Bauaufsicht');
    first.flush(answer('p1_tasks', 'Bau', 1));

    expect(expectSave('p1_tasks').request.body).toEqual({ value: 'Bauaufsicht', version: 1 });
  });

  it('holds back a change a colleague overtook, then keeps mine on their version', () => {
    const sync = setup();
    sync.start(ID, [answer('p1_tasks', 'alt', 2)], []);
    sync.queue('answer', 'p1_tasks', 'meins');
    expectSave('p1_tasks').flush(
      { statusCode: 409, error: 'Conflict', message: 'stale', current: answer('p1_tasks', 'ihres', 3) },
      { status: 409, statusText: 'Conflict' },
    );

    expect(sync.state()).toBe('conflict');
    expect(sync.conflicts()).toEqual([
      {
        kind: 'answer',
        key: 'p1_tasks',
        mine: 'meins',
        theirs: { value: 'ihres', version: 3, updatedAt: '2026-11-29T09:00:00Z', updatedByName: 'Kim Team' },
      },
    ]);
    sync.keepMine('answer', 'p1_tasks');
    expect(expectSave('p1_tasks').request.body).toEqual({ value: 'meins', version: 3 });
  });

  it('takes the colleague’s value and drops mine', () => {
    const sync = setup();
    sync.start(ID, [], []);
    sync.queue('note', 'p2', 'meine Notiz');
    expectSave('p2', 'notes').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'stale',
        current: { sectionKey: 'p2', body: 'ihre Notiz', version: 4, updatedAt: '', updatedByName: 'Kim' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(sync.takeTheirs('note', 'p2')).toBe('ihre Notiz');
    expect(sync.state()).toBe('saved');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    sync.queue('note', 'p2', 'weiter');
    expect(expectSave('p2', 'notes').request.body).toEqual({ body: 'weiter', version: 4 });
  });

  it('shows the reason of a refused answer and goes on with the next change', () => {
    const sync = setup();
    sync.start(ID, [], []);
    sync.queue('answer', 'p3_first_delivery', '2026-02-31');
    sync.queue('answer', 'p2_geo', true);
    expectSave('p3_first_delivery').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        fields: { p3_first_delivery: ['p3_first_delivery must be a date (YYYY-MM-DD)'] },
        codes: { p3_first_delivery: ['invalidAnswer'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );

    expect(sync.errors()).toEqual({
      'answer:p3_first_delivery': 'p3_first_delivery must be a date (YYYY-MM-DD)',
    });
    expectSave('p2_geo').flush(answer('p2_geo', true, 1));
    expect(sync.state()).toBe('saved');
    sync.queue('answer', 'p3_first_delivery', '2027-02-28');
    expect(sync.errors()).toEqual({});
  });

  it('keeps the changes stored when the session ran out', () => {
    const sync = setup();
    sync.start(ID, [], []);
    sync.queue('answer', 'p2_geo', true);
    expectSave('p2_geo').flush(
      { statusCode: 401, error: 'Unauthorized', message: 'not signed in' },
      { status: 401, statusText: 'Unauthorized' },
    );
    expect(stored()).toEqual([{ kind: 'answer', key: 'p2_geo', value: true, baseVersion: 0 }]);
    expect(sync.errors()).toEqual({});
  });

  it('restores the changes of an earlier visit and sends them on their version', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify([{ kind: 'answer', key: 'p1_tasks', value: 'offline getippt', baseVersion: 2 }]),
    );
    const sync = setup();
    const restored = sync.start(ID, [answer('p1_tasks', 'alt', 2)], []);

    expect(restored).toEqual([{ kind: 'answer', key: 'p1_tasks', value: 'offline getippt', baseVersion: 2 }]);
    expect(sync.isPending('answer', 'p1_tasks')).toBe(true);
    expect(expectSave('p1_tasks').request.body).toEqual({ value: 'offline getippt', version: 2 });
  });
});
