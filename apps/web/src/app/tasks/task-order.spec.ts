import { isDueToday, sortDoneTasks, sortOpenTasks, taskLinkFragment, taskLinkPath } from './task-order';
import { taskFixture } from './task-fixtures';

describe('task order', () => {
  it('puts overdue tasks first, then the earliest due, undated last, ties by title', () => {
    const tasks = [
      taskFixture('undated', 'Zuletzt'),
      taskFixture('later', 'Später', { dueAt: '2025-05-02' }),
      taskFixture('overdue-new', 'B überfällig', { dueAt: '2025-03-10', overdue: true }),
      taskFixture('soon', 'Bald', { dueAt: '2025-04-01' }),
      taskFixture('overdue-old', 'A überfällig', { dueAt: '2025-02-01', overdue: true }),
      taskFixture('soon-too', 'Auch bald', { dueAt: '2025-04-01' }),
    ];
    expect(sortOpenTasks(tasks).map((task) => task.id)).toEqual([
      'overdue-old',
      'overdue-new',
      'soon-too',
      'soon',
      'later',
      'undated',
    ]);
  });

  it('lists done tasks most recently completed first', () => {
    const tasks = [
      taskFixture('a', 'A', { status: 'done', completedAt: '2025-03-01T10:00:00Z' }),
      taskFixture('b', 'B', { status: 'done', completedAt: '2025-03-05T10:00:00Z' }),
    ];
    expect(sortDoneTasks(tasks).map((task) => task.id)).toEqual(['b', 'a']);
  });

  it('knows a task due today (local date) that is not overdue yet', () => {
    const today = new Date(2025, 2, 14, 23, 30);
    expect(isDueToday(taskFixture('t', 'T', { dueAt: '2025-03-14' }), today)).toBe(true);
    expect(isDueToday(taskFixture('t', 'T', { dueAt: '2025-03-15' }), today)).toBe(false);
    expect(isDueToday(taskFixture('t', 'T', { dueAt: '2025-03-14', status: 'done' }), today)).toBe(false);
  });

  it("links a task to its department's page, pointing at a linked contact", () => {
    expect(taskLinkPath(taskFixture('t', 'T'))).toBe('/organisation/a37');
    const aboutContact = taskFixture('t', 'T', { linkEntity: 'contact', linkId: 'c1', departmentId: 'a12' });
    expect(taskLinkPath(aboutContact)).toBe('/organisation/a12');
    expect(taskLinkFragment(aboutContact)).toBe('contact-c1');
    expect(
      taskLinkPath(taskFixture('t', 'T', { linkEntity: null, linkId: null, departmentId: null })),
    ).toBeNull();
  });

  it('links a follow-up of an interview to the interview itself', () => {
    const followUp = taskFixture('t', 'T', { linkEntity: 'interview', linkId: 'iv1', departmentId: 'a37' });
    expect(taskLinkPath(followUp)).toBe('/interviews/iv1');
    expect(taskLinkFragment(followUp)).toBeUndefined();
  });
});
